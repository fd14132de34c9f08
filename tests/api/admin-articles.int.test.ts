import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import {
  GET as adminArticleRoute,
  PUT as updateRoute,
} from "@/app/api/v1/admin/articles/[id]/route";
import { GET as adminListRoute, POST as createRoute } from "@/app/api/v1/admin/articles/route";
import { GET as articleRoute } from "@/app/api/v1/articles/[slug]/route";
import { GET as listRoute } from "@/app/api/v1/articles/route";
import { db } from "@/db/client";
import { adminActions, articles } from "@/db/schema";
import { call } from "@/tests/api-client";
import { createAdminWithToken } from "@/tests/factories-admin";
import { createPatientWithToken, tokenFor } from "@/tests/factories-appointments";
import { createDoctor } from "@/tests/factories";

const salt = {
  slug: "less-salt",
  title: "Less salt, lower pressure",
  excerpt: "How much salt is too much, and where it hides.",
  body: "Most Indians eat about twice the salt WHO advises. ".repeat(50),
  category: "preventive_care",
  tags: ["blood pressure", "salt"],
  authorName: "Dr. Meera Kulkarni",
  authorCredentials: "MD",
  reviewerName: "Dr. Arjun Rao",
  reviewerCredentials: "DM (Cardiology)",
  reviewedAt: "2026-03-01",
  sources: [
    {
      title: "WHO: Salt reduction",
      url: "https://www.who.int/news-room/fact-sheets/detail/salt-reduction",
    },
  ],
  specialty: "cardiologist",
};

let admin: string;
beforeEach(async () => {
  admin = (await createAdminWithToken()).token;
});

const create = (body: object = salt, token = admin) => call(createRoute, { token, body });
const update = (id: string, body: object, token = admin) =>
  call(updateRoute, { token, method: "PUT", params: { id }, body });
const audit = (uuid: string) =>
  db.select().from(adminActions).where(eq(adminActions.targetUuid, uuid)).orderBy(adminActions.id);

describe("who may edit articles", () => {
  it("answers a patient and a doctor 403 with no data; nothing is written", async () => {
    const made = await create();
    const someone = [
      (await createPatientWithToken()).token,
      await tokenFor((await createDoctor()).user),
    ];
    for (const token of someone) {
      const answers = [
        await call(adminListRoute, { token }),
        await create({ ...salt, slug: "sneaky" }, token),
        await call(adminArticleRoute, { token, params: { id: made.body.data.id } }),
        await update(made.body.data.id, { title: "Hacked title" }, token),
      ];
      for (const res of answers) {
        expect(res.status).toBe(403);
        expect(res.body.data).toBeUndefined();
      }
    }
    expect((await db.select({ title: articles.title }).from(articles)).map((r) => r.title)).toEqual(
      [salt.title],
    );
    expect((await call(adminListRoute)).status).toBe(401);
  });
});

describe("the article editor", () => {
  it("creates a draft with its reading time, audited, invisible to readers until published", async () => {
    const res = await create();
    expect(res.status).toBe(201);
    expect(res.headers.get("location")).toBe(`/api/v1/admin/articles/${res.body.data.id}`);
    expect(res.body.data).toMatchObject({
      slug: "less-salt",
      locale: "en",
      published: false,
      publishedAt: null,
      reviewedAt: "2026-03-01",
      readTimeMinutes: 2,
      translationOf: null,
    });
    const id = res.body.data.id;
    expect((await call(articleRoute, { params: { slug: "less-salt" } })).status).toBe(404);
    expect((await call(listRoute, { path: "/articles" })).body.data).toEqual([]);

    const published = await update(id, { published: true });
    expect(published.body.data.published).toBe(true);
    const firstPublished = published.body.data.publishedAt;
    expect(firstPublished).toMatch(/^\d{4}-/);
    const read = await call(articleRoute, { params: { slug: "less-salt" } });
    expect(read.status).toBe(200);
    expect(read.body.data).toMatchObject({
      reviewerName: "Dr. Arjun Rao",
      specialty: "cardiologist",
      sources: salt.sources,
    });

    // Saving again as published keeps the first publication date.
    const again = await update(id, { published: true, title: "Less salt, please" });
    expect(again.body.data.publishedAt).toBe(firstPublished);

    const hidden = await update(id, { published: false });
    expect(hidden.body.data.publishedAt).toBeNull();
    expect((await call(articleRoute, { params: { slug: "less-salt" } })).status).toBe(404);

    expect((await audit(id)).map((a) => a.action)).toEqual([
      "article_created",
      "article_updated",
      "article_updated",
      "article_updated",
    ]);
    // An edit that changes nothing writes nothing.
    await update(id, { title: "Less salt, please" });
    expect(await audit(id)).toHaveLength(4);
  });

  it("recomputes the reading time from the body", async () => {
    const { body } = await create();
    const longer = await update(body.data.id, { body: "word ".repeat(1000) });
    expect(longer.body.data.readTimeMinutes).toBe(5);
  });

  it("answers 409 at slug for a taken slug, on create and on edit", async () => {
    await create();
    const other = await create({ ...salt, slug: "sugar" });
    const dup = await create();
    expect(dup.status).toBe(409);
    expect(dup.body.errors).toEqual([{ path: "slug", message: expect.any(String) }]);
    const edit = await update(other.body.data.id, { slug: "less-salt" });
    expect(edit.status).toBe(409);
    expect(edit.body.errors[0].path).toBe("slug");
  });

  it.each([
    ["an upper-case slug with spaces", { slug: "Less Salt!" }, "slug"],
    ["an empty title", { title: " " }, "title"],
    ["an unknown category", { category: "astrology" }, "category"],
    [
      "a javascript: source",
      { sources: [{ title: "x y", url: "javascript:alert(1)" }] },
      "sources",
    ],
    ["a hot-linked cover", { coverImageUrl: "https://evil.example/x.png" }, "coverImageUrl"],
    ["a review date without a reviewer", { reviewerName: null }, "reviewerName"],
    ["a bad review date", { reviewedAt: "2026-13-45" }, "reviewedAt"],
    ["an unknown specialty", { specialty: "astrologer" }, "specialty"],
  ])("refuses %s with 422 at its field", async (_, change, path) => {
    const res = await create({ ...salt, ...change });
    expect(res.status).toBe(422);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(res.body.errors.map((e: { path: string }) => e.path.split(".")[0])).toContain(path);
    expect(await db.select().from(articles)).toEqual([]);
  });

  it("joins a translation group, refusing the same language (422) and a second translation (409)", async () => {
    const en = (await create({ ...salt, published: true })).body.data;
    const sameLanguage = await create({ ...salt, slug: "less-salt-2", translationOf: en.id });
    expect(sameLanguage.status).toBe(422);
    expect(sameLanguage.body.errors[0].path).toBe("translationOf");

    const hi = await create({
      ...salt,
      slug: "less-salt-hi",
      locale: "hi",
      title: "कम नमक, कम रक्तचाप",
      translationOf: en.id,
      published: true,
    });
    expect(hi.status).toBe(201);
    expect(hi.body.data.translationOf).toBe(en.id);
    const read = await call(articleRoute, { params: { slug: "less-salt" } });
    expect(read.body.data.translations).toEqual([{ locale: "hi", slug: "less-salt-hi" }]);

    const second = await create({ ...salt, slug: "namak-hi", locale: "hi", translationOf: en.id });
    expect(second.status).toBe(409);
    expect(second.body.errors[0].path).toBe("translationOf");
  });

  it("lists drafts and published ones for the admin, searchable, and 404s an unknown id", async () => {
    await create();
    await create({ ...salt, slug: "sugar", title: "Sugar and tea", published: true });
    const all = await call(adminListRoute, { token: admin, path: "/admin/articles" });
    expect(all.body.meta.total).toBe(2);
    const drafts = await call(adminListRoute, {
      token: admin,
      path: "/admin/articles?status=draft",
    });
    expect(drafts.body.data.map((a: { slug: string }) => a.slug)).toEqual(["less-salt"]);
    const found = await call(adminListRoute, { token: admin, path: "/admin/articles?q=tea" });
    expect(found.body.data.map((a: { slug: string }) => a.slug)).toEqual(["sugar"]);
    const missing = await call(adminArticleRoute, {
      token: admin,
      params: { id: "5b0c2a71-0d3e-4f11-8a01-00000000dead" },
    });
    expect(missing.status).toBe(404);
  });
});
