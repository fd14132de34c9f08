import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { DELETE as deleteCommentRoute } from "@/app/api/v1/articles/[slug]/comments/[id]/route";
import {
  GET as commentsRoute,
  POST as commentRoute,
} from "@/app/api/v1/articles/[slug]/comments/route";
import { GET as articleRoute } from "@/app/api/v1/articles/[slug]/route";
import { DELETE as unsaveRoute, POST as saveRoute } from "@/app/api/v1/articles/[slug]/save/route";
import { GET as listRoute } from "@/app/api/v1/articles/route";
import { GET as savedRoute } from "@/app/api/v1/users/me/saved-articles/route";
import { db } from "@/db/client";
import { articles, savedArticles } from "@/db/schema";
import { call } from "@/tests/api-client";
import { createPatientWithToken } from "@/tests/factories-appointments";

const day = 24 * 60 * 60 * 1000;
let n = 0;

async function addArticle(overrides: Partial<typeof articles.$inferInsert> = {}) {
  n += 1;
  const [row] = await db
    .insert(articles)
    .values({
      slug: `article-${n}`,
      locale: "en",
      title: `Article ${n}`,
      excerpt: "A short summary",
      body: "Plain body text.",
      category: "wellness",
      authorName: "Dr. Test",
      publishedAt: new Date(Date.now() - n * 60_000),
      ...overrides,
    })
    .returning();
  return row!;
}

const list = (query = "", headers: Record<string, string> = {}, token?: string) =>
  call(listRoute, { path: `/articles${query}`, headers, token });
const slugs = (res: { body: { data: { slug: string }[] } }) => res.body.data.map((a) => a.slug);

describe("GET /articles", () => {
  beforeEach(async () => {
    await addArticle({
      slug: "diabetes-diet",
      title: "Eating well with diabetes",
      excerpt: "Roti, rice and dal in the right amounts",
      category: "nutrition",
      body: "Whole grains and millets keep blood sugar steady.",
    });
    await addArticle({
      slug: "dengue",
      title: "Dengue in the monsoon",
      category: "diseases",
      body: "Mosquitoes breed in still water.",
    });
    await addArticle({
      slug: "diabetes-diet-hi",
      locale: "hi",
      title: "मधुमेह में सही खान-पान",
      excerpt: "रोटी, चावल और दाल सही मात्रा में",
      category: "nutrition",
      body: "साबुत अनाज और बाजरा रक्त शर्करा को स्थिर रखते हैं।",
    });
    await addArticle({ slug: "draft-diabetes", title: "Diabetes draft", publishedAt: null });
    await addArticle({
      slug: "future-diabetes",
      title: "Diabetes later",
      publishedAt: new Date(Date.now() + day),
    });
  });

  it("lists the reader's language, published only, with page meta", async () => {
    const en = await list();
    expect(en.status).toBe(200);
    expect(slugs(en).sort()).toEqual(["dengue", "diabetes-diet"]);
    expect(en.body.meta).toEqual({ page: 1, pageSize: 20, total: 2 });
    expect(en.body.data[0]).toMatchObject({ saved: false, locale: "en" });

    const byHeader = await list("", { "accept-language": "hi-IN,hi;q=0.9" });
    expect(slugs(byHeader)).toEqual(["diabetes-diet-hi"]);
    expect(slugs(await list("?locale=hi"))).toEqual(["diabetes-diet-hi"]);
    expect(slugs(await list("?locale=en", { "accept-language": "hi" })).sort()).toEqual([
      "dengue",
      "diabetes-diet",
    ]);
  });

  it("searches English and Hindi words in the title, excerpt and body, by prefix", async () => {
    expect(slugs(await list("?q=diab"))).toEqual(["diabetes-diet"]);
    expect(slugs(await list("?q=millets"))).toEqual(["diabetes-diet"]);
    expect(slugs(await list("?q=MOSQUITO"))).toEqual(["dengue"]);
    expect(slugs(await list("?q=grains%20millets"))).toEqual(["diabetes-diet"]);
    expect(slugs(await list("?q=grains%20mosquito"))).toEqual([]);
    expect(slugs(await list(`?locale=hi&q=${encodeURIComponent("मधुमेह")}`))).toEqual([
      "diabetes-diet-hi",
    ]);
    expect(slugs(await list(`?locale=hi&q=${encodeURIComponent("बाजरा")}`))).toEqual([
      "diabetes-diet-hi",
    ]);
    expect(slugs(await list(`?q=${encodeURIComponent("100%_")}`))).toEqual([]);
    expect(slugs(await list("?q=%27%3A*%20%26%20!"))).toEqual([]);
  });

  it("filters by category and refuses an unknown one with its field", async () => {
    expect(slugs(await list("?category=diseases"))).toEqual(["dengue"]);
    const bad = await list("?category=astrology");
    expect(bad.status).toBe(422);
    expect(bad.headers.get("content-type")).toContain("application/problem+json");
    expect(bad.body.errors[0].path).toBe("category");
  });
});

describe("GET /articles/:slug", () => {
  it("reads a published article and counts each view in the database", async () => {
    await addArticle({
      slug: "salt",
      reviewerName: "Dr. Reviewer",
      sources: [{ title: "WHO: Salt", url: "https://www.who.int/salt" }],
      specialty: "cardiologist",
    });
    const reads = await Promise.all(
      Array.from({ length: 10 }, () => call(articleRoute, { params: { slug: "salt" } })),
    );
    expect(reads.every((r) => r.status === 200)).toBe(true);
    expect(reads[0]!.body.data).toMatchObject({
      slug: "salt",
      reviewerName: "Dr. Reviewer",
      specialty: "cardiologist",
      sources: [{ title: "WHO: Salt", url: "https://www.who.int/salt" }],
    });
    const [row] = await db.select().from(articles).where(eq(articles.slug, "salt"));
    expect(row!.views).toBe(10);
  });

  it("answers 404 for drafts, scheduled and unknown slugs, and does not count them", async () => {
    await addArticle({ slug: "draft", publishedAt: null });
    await addArticle({ slug: "later", publishedAt: new Date(Date.now() + day) });
    for (const slug of ["draft", "later", "missing"]) {
      const res = await call(articleRoute, { params: { slug } });
      expect(res.status).toBe(404);
      expect(res.body.data).toBeUndefined();
    }
    const rows = await db.select({ views: articles.views }).from(articles);
    expect(rows.every((r) => r.views === 0)).toBe(true);
    expect((await call(articleRoute, { params: { slug: "../x" } })).status).toBe(404);
  });
});

describe("saving articles", () => {
  it("is idempotent and per user: B's list never shows A's saves", async () => {
    const a = await createPatientWithToken();
    const b = await createPatientWithToken();
    await addArticle({ slug: "one" });
    await addArticle({ slug: "two" });

    const twice = await Promise.all([
      call(saveRoute, { token: a.token, method: "POST", params: { slug: "one" } }),
      call(saveRoute, { token: a.token, method: "POST", params: { slug: "one" } }),
    ]);
    expect(twice.map((r) => r.status)).toEqual([200, 200]);
    expect(twice[0]!.body.data).toEqual({ slug: "one", saved: true });
    await call(saveRoute, { token: b.token, method: "POST", params: { slug: "two" } });

    const mine = await call(savedRoute, { token: a.token });
    expect(mine.body.data.map((s: { slug: string }) => s.slug)).toEqual(["one"]);
    expect(mine.body.data[0].savedAt).toMatch(/^\d{4}-/);
    const theirs = await call(savedRoute, { token: b.token });
    expect(theirs.body.data.map((s: { slug: string }) => s.slug)).toEqual(["two"]);
    expect(slugs(await list("", {}, a.token)).filter((_, i, all) => all[i] === "one")).toEqual([
      "one",
    ]);
    const flags = (await list("", {}, a.token)).body.data.map(
      (x: { slug: string; saved: boolean }) => [x.slug, x.saved],
    );
    expect(Object.fromEntries(flags)).toEqual({ one: true, two: false });

    // B removing A's article from B's list touches nothing of A's.
    await call(unsaveRoute, { token: b.token, method: "DELETE", params: { slug: "one" } });
    expect((await call(savedRoute, { token: a.token })).body.meta.total).toBe(1);

    for (let i = 0; i < 2; i++) {
      const res = await call(unsaveRoute, {
        token: a.token,
        method: "DELETE",
        params: { slug: "one" },
      });
      expect(res.status).toBe(200);
      expect(res.body.data).toEqual({ slug: "one", saved: false });
    }
    expect((await call(savedRoute, { token: a.token })).body.data).toEqual([]);
    expect(await db.select().from(savedArticles)).toHaveLength(1);
  });

  it("needs a signed-in user, and a published article", async () => {
    await addArticle({ slug: "draft", publishedAt: null });
    expect((await call(saveRoute, { method: "POST", params: { slug: "x" } })).status).toBe(401);
    expect((await call(savedRoute)).status).toBe(401);
    const { token } = await createPatientWithToken();
    const res = await call(saveRoute, { token, method: "POST", params: { slug: "draft" } });
    expect(res.status).toBe(404);
    expect(await db.select().from(savedArticles)).toEqual([]);
  });

  it("hides a saved article from the list once it is unpublished", async () => {
    const { token } = await createPatientWithToken();
    const row = await addArticle({ slug: "soon-gone" });
    await call(saveRoute, { token, method: "POST", params: { slug: "soon-gone" } });
    await db.update(articles).set({ publishedAt: null }).where(eq(articles.id, row.id));
    expect((await call(savedRoute, { token })).body.data).toEqual([]);
  });
});

describe("comments", () => {
  it("posts plain text, lists it, and lets only the author delete it (others get 404)", async () => {
    const a = await createPatientWithToken({ fullName: "Asha" });
    const b = await createPatientWithToken();
    await addArticle({ slug: "talk" });
    const posted = await call(commentRoute, {
      token: a.token,
      params: { slug: "talk" },
      body: { body: "  <b>Very</b> useful  " },
    });
    expect(posted.status).toBe(201);
    expect(posted.body.data).toMatchObject({
      body: "<b>Very</b> useful",
      authorName: "Asha",
      mine: true,
    });
    const id = posted.body.data.id;

    const seenByB = await call(commentsRoute, { token: b.token, params: { slug: "talk" } });
    expect(seenByB.body.data).toEqual([expect.objectContaining({ id, mine: false })]);

    const stolen = await call(deleteCommentRoute, {
      token: b.token,
      method: "DELETE",
      params: { slug: "talk", id },
    });
    expect(stolen.status).toBe(404);
    expect((await call(commentsRoute, { params: { slug: "talk" } })).body.data).toHaveLength(1);

    const own = await call(deleteCommentRoute, {
      token: a.token,
      method: "DELETE",
      params: { slug: "talk", id },
    });
    expect(own.status).toBe(204);
    expect((await call(commentsRoute, { params: { slug: "talk" } })).body.data).toEqual([]);
  });

  it("counts comments before the work: the 21st in an hour is 429 with Retry-After", async () => {
    const { token } = await createPatientWithToken();
    await addArticle({ slug: "busy" });
    for (let i = 0; i < 20; i++) {
      const res = await call(commentRoute, {
        token,
        params: { slug: "busy" },
        body: { body: `c${i}` },
      });
      expect(res.status).toBe(201);
    }
    const over = await call(commentRoute, {
      token,
      params: { slug: "busy" },
      body: { body: "one more" },
    });
    expect(over.status).toBe(429);
    expect(Number(over.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await call(commentsRoute, { params: { slug: "busy" } })).body.data).toHaveLength(20);
  });

  it("refuses an empty or too long comment at body, and drafts with 404", async () => {
    const { token } = await createPatientWithToken();
    await addArticle({ slug: "talk" });
    await addArticle({ slug: "draft", publishedAt: null });
    for (const body of ["   ", "x".repeat(2001)]) {
      const res = await call(commentRoute, { token, params: { slug: "talk" }, body: { body } });
      expect(res.status).toBe(422);
      expect(res.body.errors[0].path).toBe("body");
    }
    const draft = await call(commentRoute, {
      token,
      params: { slug: "draft" },
      body: { body: "hi" },
    });
    expect(draft.status).toBe(404);
    expect(
      (await call(commentRoute, { params: { slug: "talk" }, body: { body: "hi" } })).status,
    ).toBe(401);
  });
});
