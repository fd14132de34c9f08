import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { articles } from "@/db/schema";
import { createUser } from "@/tests/factories";
import { actorFor } from "@/tests/factories-users";

// The cached signed-out article pages (the list, each article, home's latest articles) are
// dropped by these calls; here we check who makes them, and when they must not.
const invalidate = vi.hoisted(() => ({
  doctorSlotsChanged: vi.fn(),
  doctorChanged: vi.fn(),
  doctorReviewsChanged: vi.fn(),
  articlesChanged: vi.fn(),
  articleCommentsChanged: vi.fn(),
}));
vi.mock("@/lib/cache/public-pages", () => invalidate);

const { createArticle, updateArticle } = await import("@/lib/articles/admin");
const { deleteArticleComment, postArticleComment } = await import("@/lib/articles/service");
const { countArticleView } = await import("@/lib/articles/views");

beforeEach(() => {
  vi.clearAllMocks();
});

let n = 0;
function draft(published: boolean) {
  n += 1;
  return {
    slug: `cache-${n}-${crypto.randomUUID().slice(0, 8)}`,
    title: `Sleep and the heart ${n}`,
    excerpt: "Why a regular bedtime matters.",
    body: "Sleep well: it helps the heart more than most people think.",
    category: "wellness" as const,
    published,
  };
}

async function admin() {
  return actorFor(await createUser({ role: "admin" }));
}

async function viewsOf(slug: string) {
  const [row] = await db
    .select({ views: articles.views })
    .from(articles)
    .where(eq(articles.slug, slug));
  return row!.views;
}

describe("article pages expired by the admin's writes", () => {
  it("publishing, editing and withdrawing an article each expire every article page", async () => {
    const actor = await admin();
    const created = await createArticle(actor, draft(true));
    expect(invalidate.articlesChanged).toHaveBeenCalledTimes(1);

    await updateArticle(actor, created.id, { title: "Sleep and your heart" });
    expect(invalidate.articlesChanged).toHaveBeenCalledTimes(2);

    await updateArticle(actor, created.id, { published: false });
    expect(invalidate.articlesChanged).toHaveBeenCalledTimes(3);
  });

  it("a draft's creation and edits show nowhere, and an edit that changes nothing expires nothing", async () => {
    const actor = await admin();
    const created = await createArticle(actor, draft(false));
    await updateArticle(actor, created.id, { title: "Still a draft" });
    expect(invalidate.articlesChanged).not.toHaveBeenCalled();

    await updateArticle(actor, created.id, { published: true });
    expect(invalidate.articlesChanged).toHaveBeenCalledTimes(1);
    await updateArticle(actor, created.id, { title: "Still a draft" });
    expect(invalidate.articlesChanged).toHaveBeenCalledTimes(1);
  });
});

describe("an article's page expired by its comments", () => {
  it("a comment posted, then deleted, expires that article's page (not the list)", async () => {
    const created = await createArticle(await admin(), draft(true));
    const reader = actorFor(await createUser());
    vi.clearAllMocks();

    const comment = await postArticleComment(reader, created.slug, {
      body: "Very useful, thanks.",
    });
    expect(invalidate.articleCommentsChanged.mock.calls).toEqual([[created.slug]]);

    await deleteArticleComment(reader, created.slug, comment.id);
    expect(invalidate.articleCommentsChanged.mock.calls).toEqual([[created.slug], [created.slug]]);
    expect(invalidate.articlesChanged).not.toHaveBeenCalled();
  });

  it("someone else's delete fails and expires nothing", async () => {
    const created = await createArticle(await admin(), draft(true));
    const comment = await postArticleComment(actorFor(await createUser()), created.slug, {
      body: "My own comment.",
    });
    vi.clearAllMocks();
    await expect(
      deleteArticleComment(actorFor(await createUser()), created.slug, comment.id),
    ).rejects.toThrow();
    expect(invalidate.articleCommentsChanged).not.toHaveBeenCalled();
  });
});

describe("countArticleView", () => {
  it("counts one view per call on a published article", async () => {
    const created = await createArticle(await admin(), draft(true));
    expect(await viewsOf(created.slug)).toBe(0);
    expect(await countArticleView(created.slug)).toBe(true);
    expect(await countArticleView(created.slug)).toBe(true);
    expect(await viewsOf(created.slug)).toBe(2);
  });

  it("counts nothing for a draft or an unknown slug", async () => {
    const created = await createArticle(await admin(), draft(false));
    expect(await countArticleView(created.slug)).toBe(false);
    expect(await countArticleView("no-such-article")).toBe(false);
    expect(await viewsOf(created.slug)).toBe(0);
  });
});
