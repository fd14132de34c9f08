import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { DELETE as deletePostRoute } from "@/app/api/v1/admin/forum/posts/[id]/route";
import { DELETE as deleteReplyRoute } from "@/app/api/v1/admin/forum/replies/[id]/route";
import { POST as hideReplyRoute } from "@/app/api/v1/admin/forum/replies/[id]/hide/route";
import { POST as unhideReplyRoute } from "@/app/api/v1/admin/forum/replies/[id]/unhide/route";
import { db } from "@/db/client";
import {
  adminActions,
  contentReports,
  forumPostUpvotes,
  forumPosts,
  forumReplies,
  forumReplyUpvotes,
  notifications,
} from "@/db/schema";
import { listReportQueue } from "@/lib/moderation/queries";
import { deletePostAsModerator } from "@/lib/moderation/service";
import { call } from "@/tests/api-client";
import { errorOf } from "@/tests/app-error";
import { createAdminWithToken } from "@/tests/factories-admin";
import { createPatientWithToken } from "@/tests/factories-appointments";
import {
  createForumPost,
  createForumReply,
  reportContent,
  vote,
} from "@/tests/factories-moderation";
import { actorFor } from "@/tests/factories-users";

const reason = "Advertises an unapproved cure.";

const reportsOn = (targetType: "forum_post" | "forum_reply", targetId: number) =>
  db
    .select()
    .from(contentReports)
    .where(and(eq(contentReports.targetType, targetType), eq(contentReports.targetId, targetId)));

/** A thread with a reply, votes on both, and a report on each. */
async function busyThread() {
  const author = await createPatientWithToken({ fullName: "Priya Author" });
  const replier = await createPatientWithToken({ fullName: "Rahul Replier" });
  const post = await createForumPost(author.user.id);
  const reply = await createForumReply(post.id, replier.user.id);
  await vote(author.user.id, post.id, reply.id);
  await vote(replier.user.id, post.id, reply.id);
  await reportContent("forum_post", post.id);
  await reportContent("forum_reply", reply.id, "spam");
  return { author, replier, post, reply };
}

describe("deleting a post", () => {
  it("removes it with its replies and votes, settles reports on both, tells the author why", async () => {
    const admin = await createAdminWithToken();
    const { author, post, reply } = await busyThread();
    const p = { token: admin.token, params: { id: post.uuid }, method: "DELETE" };
    const missing = await call(deletePostRoute, { ...p, body: { reason: "x" } });
    expect(missing.status).toBe(422);
    expect(missing.body.errors[0].path).toBe("reason");

    const res = await call(deletePostRoute, { ...p, body: { reason } });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ exists: false, settledReports: 2 });
    expect(await db.select().from(forumPosts).where(eq(forumPosts.id, post.id))).toHaveLength(0);
    expect(await db.select().from(forumReplies).where(eq(forumReplies.id, reply.id))).toHaveLength(
      0,
    );
    expect(
      await db.select().from(forumPostUpvotes).where(eq(forumPostUpvotes.postId, post.id)),
    ).toHaveLength(0);
    expect(
      await db.select().from(forumReplyUpvotes).where(eq(forumReplyUpvotes.replyId, reply.id)),
    ).toHaveLength(0);
    for (const r of [
      ...(await reportsOn("forum_post", post.id)),
      ...(await reportsOn("forum_reply", reply.id)),
    ])
      expect(r).toMatchObject({ status: "resolved", action: "deleted", resolutionNote: reason });

    const notices = await db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, author.user.id));
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ messageKey: "forumPostDeleted", link: null });
    expect(notices[0]!.body).toContain(reason);
    const audit = await db
      .select()
      .from(adminActions)
      .where(eq(adminActions.targetUuid, post.uuid));
    expect(audit.map((a) => [a.action, a.targetLabel])).toEqual([
      ["forum_post_deleted", post.title],
    ]);

    expect((await call(deletePostRoute, { ...p, body: { reason } })).status).toBe(404);
  });

  it("is what the forum's DELETE calls for an admin: admins only, a reason required", async () => {
    const admin = await createAdminWithToken();
    const { author, post } = await busyThread();
    const refused = await errorOf(deletePostAsModerator(actorFor(author.user), post.uuid, reason));
    expect(refused.code).toBe("forbidden");
    const blank = await errorOf(deletePostAsModerator(actorFor(admin.user), post.uuid, ""));
    expect(blank.code).toBe("validation_failed");
    expect(blank.errors?.[0]?.path).toBe("reason");
    const done = await deletePostAsModerator(actorFor(admin.user), post.uuid, reason);
    expect(done.exists).toBe(false);
  });
});

describe("moderating a reply", () => {
  it("hides and unhides a reply, settling its reports and telling its author", async () => {
    const admin = await createAdminWithToken();
    const { replier, post, reply } = await busyThread();
    const r = { token: admin.token, params: { id: reply.uuid } };
    const res = await call(hideReplyRoute, { ...r, body: { reason } });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ type: "forum_reply", hidden: true, settledReports: 1 });
    const [row] = await db.select().from(forumReplies).where(eq(forumReplies.id, reply.id));
    expect(row).toMatchObject({ moderationNote: reason });
    expect(row!.hiddenAt).not.toBeNull();
    expect((await reportsOn("forum_reply", reply.id))[0]).toMatchObject({
      status: "resolved",
      action: "hidden",
    });
    // The post's own report is another target's: still open.
    expect((await reportsOn("forum_post", post.id))[0]!.status).toBe("pending");
    expect((await call(hideReplyRoute, { ...r, body: { reason } })).status).toBe(409);
    expect((await call(unhideReplyRoute, { ...r, method: "POST" })).status).toBe(200);
    const notices = await db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, replier.user.id));
    expect(notices.map((n) => n.messageKey).sort()).toEqual([
      "forumReplyHidden",
      "forumReplyUnhidden",
    ]);
    expect(notices.every((n) => n.link === `/forum/${post.uuid}`)).toBe(true);
  });

  it("deletes a reply with its votes and takes it off the thread's count", async () => {
    const admin = await createAdminWithToken();
    const { replier, post, reply } = await busyThread();
    const res = await call(deleteReplyRoute, {
      token: admin.token,
      params: { id: reply.uuid },
      method: "DELETE",
      body: { reason },
    });
    expect(res.status).toBe(200);
    const [thread] = await db.select().from(forumPosts).where(eq(forumPosts.id, post.id));
    expect(thread!.replyCount).toBe(0);
    expect(
      await db.select().from(forumReplyUpvotes).where(eq(forumReplyUpvotes.replyId, reply.id)),
    ).toHaveLength(0);
    expect((await reportsOn("forum_reply", reply.id))[0]).toMatchObject({
      status: "resolved",
      action: "deleted",
    });
    const [notice] = await db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, replier.user.id));
    expect(notice).toMatchObject({ messageKey: "forumReplyDeleted", link: `/forum/${post.uuid}` });
    expect(notice!.body).toContain(reason);
  });
});

describe("the page's queue", () => {
  it("groups reports by target and counts each status", async () => {
    const admin = await createAdminWithToken();
    const { post, reply } = await busyThread();
    await reportContent("forum_post", post.id, "harassment");
    const queue = await listReportQueue(actorFor(admin.user), {
      status: "pending",
      page: 1,
      pageSize: 100,
    });
    const mine = queue.page.data.filter((g) => g.target?.postId === post.uuid);
    expect(mine.map((g) => [g.targetType, g.reports.length])).toEqual([
      ["forum_post", 2],
      ["forum_reply", 1],
    ]);
    expect(mine[1]!.target).toMatchObject({ id: reply.uuid, authorName: "Rahul Replier" });
    expect(queue.counts.pending).toBeGreaterThanOrEqual(3);
    const patient = await createPatientWithToken();
    const refused = await errorOf(
      listReportQueue(actorFor(patient.user), { status: "pending", page: 1, pageSize: 10 }),
    );
    expect(refused.code).toBe("forbidden");
  });
});
