import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { postCommentAction, toggleSavedAction } from "@/app/(site)/(patient)/articles/actions";
import {
  createArticleAction,
  setArticlePublishedAction,
} from "@/app/(site)/(admin)/admin/catalogue/articles-actions";
import { db } from "@/db/client";
import { articleComments, articles, savedArticles } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { createUser } from "@/tests/factories";
import { actorFor } from "@/tests/factories-users";
import { requestLocale } from "@/tests/mocks/next-intl-server";

// The article pages' doors with Next's request scope stubbed (the session's actor, where the
// action sends the browser). Everything below (lib/articles, the database) is real.
const door = vi.hoisted(() => ({ actor: null as Actor | null, redirects: [] as string[] }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => door.actor }));
vi.mock("next/cache", () => ({ revalidateTag: () => {}, revalidatePath: () => {} }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    door.redirects.push(url);
    throw new Error(`redirect ${url}`);
  },
}));
vi.mock("next-intl/server", () => import("@/tests/mocks/next-intl-server"));

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
};
const redirected = async (run: Promise<unknown>) => {
  await run.catch(() => {});
  return door.redirects.at(-1);
};

const articleForm = {
  title: "Iron-rich foods",
  slug: "iron-rich-foods",
  locale: "en",
  translationOf: "",
  excerpt: "Greens, pulses and jaggery, with vitamin C.",
  body: "## Why iron\n\nIron carries oxygen in the blood.",
  category: "nutrition",
  tags: "iron, anaemia , ",
  reviewerName: "Dr. Reviewer",
  reviewedAt: "2026-03-01",
  sources:
    "WHO fact sheet: Anaemia | https://www.who.int/news-room/fact-sheets/detail/anaemia\nA textbook",
  specialty: "gynecologist",
  coverImageUrl: "",
  published: "on",
};

beforeEach(() => {
  door.actor = null;
  door.redirects = [];
  requestLocale.current = "en";
});

describe("the admin's article form", () => {
  it("writes a published article from the form and goes to its edit page", async () => {
    door.actor = actorFor(await createUser({ role: "admin" }));
    const to = await redirected(createArticleAction(null, form(articleForm)));
    const [row] = await db.select().from(articles);
    expect(to).toBe(`/admin/catalogue/articles/${row!.uuid}/edit?done=created`);
    expect(row).toMatchObject({
      tags: ["iron", "anaemia"],
      sources: [
        {
          title: "WHO fact sheet: Anaemia",
          url: "https://www.who.int/news-room/fact-sheets/detail/anaemia",
        },
        { title: "A textbook" },
      ],
      specialty: "gynecologist",
      coverImageUrl: null,
    });
    expect(row!.publishedAt).not.toBeNull();

    await redirected(setArticlePublishedAction(null, form({ id: row!.uuid, isActive: "false" })));
    const [draft] = await db.select().from(articles);
    expect(draft!.publishedAt).toBeNull();
  });

  it("answers beside the fields: a taken slug, a bad source; a patient is refused", async () => {
    door.actor = actorFor(await createUser({ role: "admin" }));
    await redirected(createArticleAction(null, form(articleForm)));
    const taken = await createArticleAction(null, form(articleForm));
    expect(taken).toMatchObject({ ok: false, code: "conflict" });
    expect(taken.fieldErrors?.slug).toMatch(/already uses this slug/);
    expect(taken.values?.title).toBe("Iron-rich foods");

    const bad = await createArticleAction(
      null,
      form({ ...articleForm, slug: "other", sources: "Evil | javascript:alert(1)" }),
    );
    expect(bad).toMatchObject({ ok: false, code: "validation_failed" });
    expect(bad.fieldErrors?.sources).toMatch(/http\(s\)/);

    door.actor = actorFor(await createUser());
    const refused = await createArticleAction(null, form({ ...articleForm, slug: "third" }));
    expect(refused).toMatchObject({ ok: false, code: "forbidden" });
    expect(await db.select().from(articles)).toHaveLength(1);
  });
});

describe("the reader's forms", () => {
  it("sends a signed-out reader to sign in and back; saves for a signed-in one", async () => {
    const [row] = await db
      .insert(articles)
      .values({
        slug: "salt",
        title: "Salt",
        excerpt: "Less salt",
        body: "Body text",
        category: "wellness",
        publishedAt: new Date(Date.now() - 60_000),
      })
      .returning();
    const save = form({ slug: "salt", intent: "save", returnTo: "/articles/salt?notice=unsaved" });
    expect(await redirected(toggleSavedAction(save))).toBe(
      `/login?callbackUrl=${encodeURIComponent("/articles/salt")}`,
    );

    const user = await createUser();
    door.actor = actorFor(user);
    expect(await redirected(toggleSavedAction(save))).toBe("/articles/salt?notice=saved");
    expect(
      await db.select().from(savedArticles).where(eq(savedArticles.articleId, row!.id)),
    ).toHaveLength(1);

    // A return address off the articles pages is not followed.
    const away = form({ slug: "salt", intent: "unsave", returnTo: "https://evil.example/x" });
    expect(await redirected(toggleSavedAction(away))).toBe("/articles?notice=unsaved");
    expect(await db.select().from(savedArticles)).toEqual([]);

    expect(await redirected(postCommentAction(form({ slug: "salt", body: "  " })))).toBe(
      "/articles/salt?notice=invalid#comments",
    );
    expect(await redirected(postCommentAction(form({ slug: "salt", body: "Thanks!" })))).toBe(
      "/articles/salt?notice=posted#comments",
    );
    expect((await db.select().from(articleComments)).map((c) => c.body)).toEqual(["Thanks!"]);
  });
});
