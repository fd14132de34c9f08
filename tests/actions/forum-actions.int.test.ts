import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import {
  createPostAction,
  createReplyAction,
  reportAction,
  togglePostVoteAction,
} from "@/app/(site)/(patient)/forum/actions";
import { db } from "@/db/client";
import { forumPosts } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import hi from "@/messages/hi.json";
import { createUser } from "@/tests/factories";
import { actorFor } from "@/tests/factories-users";
import { requestLocale } from "@/tests/mocks/next-intl-server";

// The forum's form doors with Next's request scope stubbed (who is signed in, the language, where
// it redirects); the domain below them is real. This is what a form post without JavaScript hits.
const door = vi.hoisted(() => ({ actor: null as Actor | null, redirects: [] as string[] }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => door.actor }));
vi.mock("next/cache", () => ({ revalidateTag: () => {}, revalidatePath: () => {} }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ host: "127.0.0.1:3000" }) }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    door.redirects.push(url);
  },
}));
vi.mock("next-intl/server", () => import("@/tests/mocks/next-intl-server"));

beforeEach(() => {
  door.actor = null;
  door.redirects = [];
  requestLocale.current = "en";
});

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

async function signIn(name = "Asha Verma") {
  const user = await createUser({ fullName: name });
  door.actor = actorFor(user);
  return user;
}

const goodPost = {
  title: "Walking after dinner",
  content: "Does a short walk help sugar?",
  category: "fitness",
};

async function publish(fields: Record<string, string> = goodPost): Promise<string> {
  await createPostAction(null, form(fields));
  const to = door.redirects.pop()!;
  return /^\/forum\/([0-9a-f-]{36})\?notice=posted$/.exec(to)![1]!;
}

describe(`forum form actions (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("publishes a post and opens its thread", async () => {
    await signIn();
    const id = await publish();
    const [row] = await db.select().from(forumPosts).where(eq(forumPosts.uuid, id));
    expect(row).toMatchObject({ title: goodPost.title, category: "fitness", anonymousAlias: null });
  });

  it("answers a bad post beside its fields, in Hindi too, keeping what was typed", async () => {
    await signIn();
    const result = await createPostAction(
      null,
      form({ ...goodPost, title: "Hi", anonymous: "on" }),
    );
    expect(result).toMatchObject({
      ok: false,
      code: "validation_failed",
      fieldErrors: {
        title: "Enter a title of 5–150 characters.",
        anonymous: "Anonymous posts are only possible in Mental health and Sexual health.",
      },
      values: { title: "Hi", content: goodPost.content, anonymous: "on" },
    });
    requestLocale.current = "hi";
    const hindi = await createPostAction(null, form({ ...goodPost, content: "short" }));
    expect(hindi.fieldErrors?.content).toBe(hi.Forum.errors.fields.content);
    expect(door.redirects).toEqual([]);
  });

  it("sends a signed-out voter to sign in and back; never returns off the forum", async () => {
    const author = await signIn();
    const id = await publish();
    door.actor = null;
    await togglePostVoteAction(form({ id, returnTo: `/forum/${id}` }));
    expect(door.redirects[0]).toBe(`/login?callbackUrl=${encodeURIComponent(`/forum/${id}`)}`);

    door.redirects = [];
    door.actor = actorFor(author);
    await togglePostVoteAction(form({ id, returnTo: "https://evil.example/x" }));
    expect(door.redirects).toEqual(["/forum"]);
    const [row] = await db
      .select({ n: forumPosts.upvotes })
      .from(forumPosts)
      .where(eq(forumPosts.uuid, id));
    expect(row!.n).toBe(1);
  });

  it("says a locked thread is locked, and a second report was already made", async () => {
    await signIn();
    const id = await publish();
    await db.update(forumPosts).set({ lockedAt: new Date() }).where(eq(forumPosts.uuid, id));
    await signIn("Bina Shah");
    const reply = await createReplyAction(id, null, form({ content: "Late answer" }));
    expect(reply).toMatchObject({
      ok: false,
      code: "conflict",
      message: "This thread was locked by moderators, so it cannot be changed or replied to.",
      values: { content: "Late answer" },
    });

    const target = { type: "post" as const, id, postId: id };
    await reportAction(target, null, form({ reason: "spam" }));
    expect(door.redirects).toEqual([`/forum/${id}?notice=reported`]);
    const again = await reportAction(target, null, form({ reason: "other" }));
    expect(again).toMatchObject({
      ok: false,
      code: "conflict",
      message: "You have already reported this.",
    });
    const bad = await reportAction(target, null, form({ reason: "" }));
    expect(bad.fieldErrors?.reason).toBe("Choose a reason.");
  });
});
