import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import {
  dismissReportAction,
  hidePostAction,
  lockPostAction,
} from "@/app/(site)/(admin)/admin/moderation/actions";
import { db } from "@/db/client";
import { contentReports, forumPosts } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { createUser } from "@/tests/factories";
import { createForumPost, reportContent } from "@/tests/factories-moderation";
import { actorFor } from "@/tests/factories-users";
import { requestLocale } from "@/tests/mocks/next-intl-server";

// The moderation page's doors with Next's request scope stubbed: the session's actor and where
// the action sends the browser. lib/moderation and the database are real.
const door = vi.hoisted(() => ({ actor: null as Actor | null, redirects: [] as string[] }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => door.actor }));
vi.mock("next/cache", () => ({ revalidateTag: () => {}, revalidatePath: () => {} }));
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

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};

const postRow = async (id: number) =>
  (await db.select().from(forumPosts).where(eq(forumPosts.id, id)))[0]!;

describe("moderation page actions", () => {
  it("refuse a patient and change nothing", async () => {
    const author = await createUser();
    const post = await createForumPost(author.id);
    const { report } = await reportContent("forum_post", post.id);
    door.actor = actorFor(await createUser());
    const hide = await hidePostAction(null, form({ id: post.uuid, reason: "Spam links" }));
    expect(hide).toMatchObject({ ok: false, code: "forbidden" });
    const dismiss = await dismissReportAction(null, form({ id: report.uuid }));
    expect(dismiss).toMatchObject({ ok: false, code: "forbidden" });
    expect((await postRow(post.id)).hiddenAt).toBeNull();
    expect(door.redirects).toEqual([]);
  });

  it("put a missing reason beside its field, in Hindi too, keeping nothing changed", async () => {
    const admin = await createUser({ role: "admin" });
    const post = await createForumPost((await createUser()).id);
    door.actor = actorFor(admin);
    const blank = await hidePostAction(null, form({ id: post.uuid, reason: " " }));
    expect(blank).toMatchObject({
      ok: false,
      code: "validation_failed",
      fieldErrors: { reason: "Give a reason of 3 to 500 characters." },
    });
    requestLocale.current = "hi";
    const hindi = await hidePostAction(null, form({ id: post.uuid, reason: "x" }));
    expect(hindi.fieldErrors?.reason).toBe("3 से 500 अक्षरों का कारण लिखें।");
    expect((await postRow(post.id)).hiddenAt).toBeNull();
  });

  it("hide and lock, then go back to the tab the form came from saying what was done", async () => {
    const admin = await createUser({ role: "admin" });
    const post = await createForumPost((await createUser()).id);
    const { report } = await reportContent("forum_post", post.id);
    door.actor = actorFor(admin);
    await hidePostAction(
      null,
      form({ id: post.uuid, reason: "Dangerous advice", status: "pending" }),
    );
    await lockPostAction(null, form({ id: post.uuid, status: "resolved" }));
    expect(door.redirects).toEqual([
      "/admin/moderation?done=hidden",
      "/admin/moderation?status=resolved&done=locked",
    ]);
    const row = await postRow(post.id);
    expect(row.hiddenAt).not.toBeNull();
    expect(row.lockedAt).not.toBeNull();
    const [settled] = await db
      .select()
      .from(contentReports)
      .where(eq(contentReports.id, report.id));
    expect(settled).toMatchObject({ status: "resolved", action: "hidden" });
    const again = await dismissReportAction(null, form({ id: report.uuid }));
    expect(again).toMatchObject({ ok: false, code: "conflict" });
  });
});
