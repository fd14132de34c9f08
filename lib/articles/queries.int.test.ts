import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { articles } from "@/db/schema";
import { getArticle, listLatestArticles } from "./queries";

const day = 24 * 60 * 60 * 1000;
let n = 0;

async function createArticle(overrides: Partial<typeof articles.$inferInsert> = {}) {
  n += 1;
  const [row] = await db
    .insert(articles)
    .values({
      slug: `article-${n}`,
      locale: "en",
      title: `Article ${n}`,
      excerpt: "Short summary",
      body: "# Body",
      category: "wellness",
      authorName: "Dr. Test",
      readTimeMinutes: 4,
      publishedAt: new Date(Date.now() - n * day),
      ...overrides,
    })
    .returning({ slug: articles.slug });
  return row!;
}

describe("listLatestArticles", () => {
  it("lists published articles of one language, newest first, as DTOs", async () => {
    await createArticle({ slug: "older", publishedAt: new Date(Date.now() - 5 * day) });
    await createArticle({
      slug: "newer",
      publishedAt: new Date(Date.now() - day),
      category: "nutrition",
    });
    await createArticle({ slug: "draft", publishedAt: null });
    await createArticle({ slug: "scheduled", publishedAt: new Date(Date.now() + day) });
    await createArticle({ slug: "hindi", locale: "hi", title: "हिन्दी लेख" });

    const en = await listLatestArticles({ locale: "en", limit: 4 });
    expect(en.map((a) => a.slug)).toEqual(["newer", "older"]);
    expect(en[0]).toEqual({
      slug: "newer",
      locale: "en",
      title: expect.any(String),
      excerpt: "Short summary",
      category: "nutrition",
      readTimeMinutes: 4,
      authorName: "Dr. Test",
      coverImageUrl: null,
      publishedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });

    const hi = await listLatestArticles({ locale: "hi" });
    expect(hi.map((a) => a.title)).toEqual(["हिन्दी लेख"]);
  });

  it("honours the limit", async () => {
    for (let i = 0; i < 6; i++) await createArticle();
    expect(await listLatestArticles({ locale: "en", limit: 3 })).toHaveLength(3);
  });
});

describe("getArticle", () => {
  it("reads a published article with its published translations; drafts and unknowns are null", async () => {
    const group = "5b0c2a71-0d3e-4f11-8a01-0000000000aa";
    await createArticle({ slug: "salt", translationGroup: group, authorCredentials: "MD" });
    await createArticle({ slug: "salt-hi", locale: "hi", translationGroup: group });
    await createArticle({ slug: "draft", publishedAt: null });
    await createArticle({ slug: "later", publishedAt: new Date(Date.now() + day) });

    const article = await getArticle("salt");
    expect(article).toMatchObject({
      slug: "salt",
      body: "# Body",
      authorCredentials: "MD",
      translations: [{ locale: "hi", slug: "salt-hi" }],
    });
    expect(await getArticle("draft")).toBeNull();
    expect(await getArticle("later")).toBeNull();
    expect(await getArticle("missing")).toBeNull();
    expect(await getArticle("../etc/passwd")).toBeNull();
  });

  it("does not link a draft translation", async () => {
    const group = "5b0c2a71-0d3e-4f11-8a01-0000000000bb";
    await createArticle({ slug: "sleep", translationGroup: group });
    await createArticle({
      slug: "sleep-hi",
      locale: "hi",
      translationGroup: group,
      publishedAt: null,
    });
    expect((await getArticle("sleep"))?.translations).toEqual([]);
  });
});
