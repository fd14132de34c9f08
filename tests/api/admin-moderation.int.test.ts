import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { DELETE as deletePostRoute } from "@/app/api/v1/admin/forum/posts/[id]/route";
import { POST as hidePostRoute } from "@/app/api/v1/admin/forum/posts/[id]/hide/route";
import { POST as lockRoute } from "@/app/api/v1/admin/forum/posts/[id]/lock/route";
import { POST as pinRoute } from "@/app/api/v1/admin/forum/posts/[id]/pin/route";
import { POST as unhidePostRoute } from "@/app/api/v1/admin/forum/posts/[id]/unhide/route";
import { POST as unlockRoute } from "@/app/api/v1/admin/forum/posts/[id]/unlock/route";
import { POST as unpinRoute } from "@/app/api/v1/admin/forum/posts/[id]/unpin/route";
import { DELETE as deleteReplyRoute } from "@/app/api/v1/admin/forum/replies/[id]/route";
import { POST as hideReplyRoute } from "@/app/api/v1/admin/forum/replies/[id]/hide/route";
import { POST as unhideReplyRoute } from "@/app/api/v1/admin/forum/replies/[id]/unhide/route";
import { POST as dismissRoute } from "@/app/api/v1/admin/reports/[id]/dismiss/route";
import { GET as reportsRoute } from "@/app/api/v1/admin/reports/route";
import { db } from "@/db/client";
import { adminActions, contentReports, forumPosts, notifications } from "@/db/schema";
import { canSeeForumContent } from "@/lib/moderation/policy";
import { call } from "@/tests/api-client";
import { createAdminWithToken } from "@/tests/factories-admin";
import { createPatientWithToken } from "@/tests/factories-appointments";
import { createForumPost, createForumReply, reportContent } from "@/tests/factories-moderation";
import { createDoctorWithToken } from "@/tests/factories-records";
import { actorFor } from "@/tests/factories-users";

const reason = "Medical misinformation: turmeric does not cure infections.";

const reportsOn = (targetType: "forum_post" | "forum_reply", targetId: number) =>
  db
    .select()
    .from(contentReports)
    .where(and(eq(contentReports.targetType, targetType), eq(contentReports.targetId, targetId)));

const noticesOf = (userId: number) =>
  db.select().from(notifications).where(eq(notifications.userId, userId));

const auditOf = (uuid: string) =>
  db.select().from(adminActions).where(eq(adminActions.targetUuid, uuid));

async function reportedPost() {
  const author = await createPatientWithToken({ fullName: "Priya Author" });
  const post = await createForumPost(author.user.id, { anonymousAlias: "Quiet Heron" });
  const first = await reportContent("forum_post", post.id);
  const second = await reportContent("forum_post", post.id, "spam", null);
  return { author, post, reports: [first.report, second.report] };
}

describe("moderation routes refuse everyone but admins", () => {
  it("answers 403 with no data to a patient and a doctor, and changes nothing", async () => {
    const { post, reports } = await reportedPost();
    const reply = await createForumReply(post.id, post.authorId);
    const patient = await createPatientWithToken();
    const doctor = await createDoctorWithToken();
    for (const token of [patient.token, doctor.token]) {
      const p = { id: post.uuid };
      const r = { id: reply.uuid };
      const answers = [
        await call(reportsRoute, { token, path: "/admin/reports" }),
        await call(dismissRoute, { token, params: { id: reports[0]!.uuid }, method: "POST" }),
        await call(hidePostRoute, { token, params: p, body: { reason } }),
        await call(unhidePostRoute, { token, params: p, method: "POST" }),
        await call(lockRoute, { token, params: p, method: "POST" }),
        await call(unlockRoute, { token, params: p, method: "POST" }),
        await call(pinRoute, { token, params: p, method: "POST" }),
        await call(unpinRoute, { token, params: p, method: "POST" }),
        await call(deletePostRoute, { token, params: p, method: "DELETE", body: { reason } }),
        await call(hideReplyRoute, { token, params: r, body: { reason } }),
        await call(unhideReplyRoute, { token, params: r, method: "POST" }),
        await call(deleteReplyRoute, { token, params: r, method: "DELETE", body: { reason } }),
      ];
      for (const res of answers) {
        expect(res.status).toBe(403);
        expect(res.headers.get("content-type")).toContain("application/problem+json");
        expect(res.body.data).toBeUndefined();
      }
    }
    const [row] = await db.select().from(forumPosts).where(eq(forumPosts.id, post.id));
    expect(row).toMatchObject({ hiddenAt: null, lockedAt: null, isPinned: false });
    expect((await reportsOn("forum_post", post.id)).map((r) => r.status)).toEqual([
      "pending",
      "pending",
    ]);
  });

  it("answers 401 without a token", async () => {
    expect((await call(reportsRoute, { path: "/admin/reports" })).status).toBe(401);
  });
});

describe("the reports queue", () => {
  it("lists open forum reports with the real author behind an alias and the target's counts", async () => {
    const admin = await createAdminWithToken();
    const { post, reports } = await reportedPost();
    await reportContent("article_comment", 1);
    const res = await call(reportsRoute, {
      token: admin.token,
      path: "/admin/reports?pageSize=100",
    });
    expect(res.status).toBe(200);
    const mine = res.body.data.filter((r: { id: string }) => reports.some((x) => x.uuid === r.id));
    expect(mine).toHaveLength(2);
    expect(mine[0]).toMatchObject({
      status: "pending",
      reporterName: "Reporting Ravi",
      targetType: "forum_post",
      targetReportCount: 2,
      targetOpenReportCount: 2,
      target: {
        id: post.uuid,
        title: post.title,
        authorName: "Priya Author",
        anonymousAlias: "Quiet Heron",
        hidden: false,
      },
    });
    expect(
      res.body.data.every((r: { targetType: string }) => r.targetType !== "article_comment"),
    ).toBe(true);
    const bad = await call(reportsRoute, { token: admin.token, path: "/admin/reports?status=x" });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0].path).toBe("status");
  });
});

describe("hiding and showing a post", () => {
  it("hides it for others, settles every open report on it, tells the author why, audits", async () => {
    const admin = await createAdminWithToken();
    const { author, post } = await reportedPost();
    const other = await createForumPost(author.user.id, { title: "Another thread" });
    await reportContent("forum_post", other.id);

    const missing = await call(hidePostRoute, {
      token: admin.token,
      params: { id: post.uuid },
      body: {},
    });
    expect(missing.status).toBe(422);
    expect(missing.body.errors[0].path).toBe("reason");

    const res = await call(hidePostRoute, {
      token: admin.token,
      params: { id: post.uuid },
      body: { reason },
    });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ hidden: true, exists: true, settledReports: 2 });

    const [row] = await db.select().from(forumPosts).where(eq(forumPosts.id, post.id));
    expect(row!.hiddenAt).not.toBeNull();
    expect(row!.moderationNote).toBe(reason);
    const stranger = await createPatientWithToken();
    expect(canSeeForumContent(actorFor(stranger.user), row!)).toBe(false);
    expect(canSeeForumContent(null, row!)).toBe(false);
    expect(canSeeForumContent(actorFor(author.user), row!)).toBe(true);
    expect(canSeeForumContent(actorFor(admin.user), row!)).toBe(true);

    const settled = await reportsOn("forum_post", post.id);
    for (const r of settled)
      expect(r).toMatchObject({
        status: "resolved",
        action: "hidden",
        resolutionNote: reason,
        resolvedBy: admin.user.id,
      });
    expect((await reportsOn("forum_post", other.id))[0]!.status).toBe("pending");

    const [notice] = await noticesOf(author.user.id);
    expect(notice).toMatchObject({
      type: "forum",
      messageKey: "forumPostHidden",
      link: `/forum/${post.uuid}`,
    });
    expect(notice!.body).toContain(reason);
    expect(notice!.body).toContain(post.title);
    expect((await auditOf(post.uuid)).map((a) => [a.action, a.reason])).toEqual([
      ["forum_post_hidden", reason],
    ]);

    const again = await call(hidePostRoute, {
      token: admin.token,
      params: { id: post.uuid },
      body: { reason },
    });
    expect(again.status).toBe(409);

    const shown = await call(unhidePostRoute, {
      token: admin.token,
      params: { id: post.uuid },
      method: "POST",
    });
    expect(shown.status).toBe(200);
    expect(shown.body.data.hidden).toBe(false);
    const [after] = await db.select().from(forumPosts).where(eq(forumPosts.id, post.id));
    expect(canSeeForumContent(actorFor(stranger.user), after!)).toBe(true);
    expect((await noticesOf(author.user.id)).map((n) => n.messageKey).sort()).toEqual([
      "forumPostHidden",
      "forumPostUnhidden",
    ]);
  });

  it("lets one of two simultaneous hides win; the other is 409", async () => {
    const admin = await createAdminWithToken();
    const { post } = await reportedPost();
    const hide = () =>
      call(hidePostRoute, { token: admin.token, params: { id: post.uuid }, body: { reason } });
    const statuses = (await Promise.all([hide(), hide()])).map((r) => r.status).sort();
    expect(statuses).toEqual([200, 409]);
    expect(await auditOf(post.uuid)).toHaveLength(1);
  });

  it("answers 404 for an unknown or malformed id", async () => {
    const admin = await createAdminWithToken();
    for (const id of ["8d8ac610-566d-4ef0-9c22-186b2a5ed793", "not-a-uuid"]) {
      const res = await call(hidePostRoute, {
        token: admin.token,
        params: { id },
        body: { reason },
      });
      expect(res.status).toBe(404);
    }
  });
});

describe("locking and pinning a thread", () => {
  it("locks without a reason, settling its reports as locked; each no-op is 409", async () => {
    const admin = await createAdminWithToken();
    const { author, post } = await reportedPost();
    const p = { token: admin.token, params: { id: post.uuid }, method: "POST" };
    const locked = await call(lockRoute, p);
    expect(locked.status).toBe(200);
    expect(locked.body.data).toMatchObject({ locked: true, settledReports: 2 });
    for (const r of await reportsOn("forum_post", post.id))
      expect(r).toMatchObject({ status: "resolved", action: "locked", resolutionNote: null });
    expect((await call(lockRoute, p)).status).toBe(409);
    expect((await call(unlockRoute, p)).body.data.locked).toBe(false);
    expect((await call(unlockRoute, p)).status).toBe(409);

    expect((await call(pinRoute, p)).body.data.pinned).toBe(true);
    expect((await call(pinRoute, p)).status).toBe(409);
    expect((await call(unpinRoute, p)).body.data.pinned).toBe(false);
    expect((await call(unpinRoute, p)).status).toBe(409);

    expect((await auditOf(post.uuid)).map((a) => a.action).sort()).toEqual([
      "forum_post_locked",
      "forum_post_pinned",
      "forum_post_unlocked",
      "forum_post_unpinned",
    ]);
    expect((await noticesOf(author.user.id)).map((n) => n.messageKey).sort()).toEqual([
      "forumPostLocked",
      "forumPostPinned",
      "forumPostUnlocked",
      "forumPostUnpinned",
    ]);
  });

  it("tells the author the lock's reason when one is given", async () => {
    const admin = await createAdminWithToken();
    const { author, post } = await reportedPost();
    const res = await call(lockRoute, {
      token: admin.token,
      params: { id: post.uuid },
      body: { reason: "Answered; the thread drifted off topic." },
    });
    expect(res.status).toBe(200);
    const [notice] = await noticesOf(author.user.id);
    expect(notice!.body).toContain("Reason: Answered; the thread drifted off topic.");
  });
});

describe("dismissing a report", () => {
  it("dismisses every open report on its target, tells no one, audits; twice is 409", async () => {
    const admin = await createAdminWithToken();
    const { author, post, reports } = await reportedPost();
    const other = await createForumPost(author.user.id);
    await reportContent("forum_post", other.id);
    const id = reports[0]!.uuid;
    const res = await call(dismissRoute, {
      token: admin.token,
      params: { id },
      body: { reason: "Not misinformation." },
    });
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ id, status: "dismissed", settledReports: 2 });
    for (const r of await reportsOn("forum_post", post.id))
      expect(r).toMatchObject({
        status: "dismissed",
        action: "dismissed",
        resolutionNote: "Not misinformation.",
      });
    expect((await reportsOn("forum_post", other.id))[0]!.status).toBe("pending");
    expect(await noticesOf(author.user.id)).toHaveLength(0);
    expect((await auditOf(id)).map((a) => a.action)).toEqual(["report_dismissed"]);
    const again = await call(dismissRoute, { token: admin.token, params: { id }, method: "POST" });
    expect(again.status).toBe(409);
    const [row] = await db.select().from(forumPosts).where(eq(forumPosts.id, post.id));
    expect(row!.hiddenAt).toBeNull();
  });
});
