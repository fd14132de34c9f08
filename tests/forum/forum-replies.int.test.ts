import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { adminActions, contentReports, forumPosts, notifications } from "@/db/schema";
import { createDoctor } from "@/tests/factories";
import { createPatientWithToken, tokenFor } from "@/tests/factories-appointments";
import { createAdminWithToken } from "@/tests/factories-admin";
import { forum, moderatePost, moderateReply, postAs } from "./forum-api";

const db_ = process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite";

const replyCount = async (id: string) =>
  (
    await db.select({ n: forumPosts.replyCount }).from(forumPosts).where(eq(forumPosts.uuid, id))
  )[0]!.n;
const inbox = (userId: number) =>
  db.select().from(notifications).where(eq(notifications.userId, userId));

describe(`forum replies (${db_})`, () => {
  it("replies (201 + Location), counts them, tells the post's author but not about their own", async () => {
    const a = await createPatientWithToken();
    const b = await createPatientWithToken({ fullName: "Bina Shah" });
    const post = await postAs(a.token);
    const res = await forum.reply(b.token, post.id, { content: "Walk after dinner." });
    expect(res.status).toBe(201);
    expect(res.headers.get("location")).toBe(`/api/v1/forum/replies/${res.body.data.id}`);
    expect(res.body.data).toMatchObject({
      postId: post.id,
      author: { name: "Bina S." },
      helpful: false,
    });
    await forum.reply(a.token, post.id, { content: "Thanks!" });
    expect(await replyCount(post.id)).toBe(2);
    const told = await inbox(a.user.id);
    expect(told).toHaveLength(1);
    expect(told[0]!.body).toContain("Bina S.");
    expect(told[0]!.link).toBe(`/forum/${post.id}#reply-${res.body.data.id}`);
    const list = await forum.replies(post.id);
    expect(list.body.data.map((r: { content: string }) => r.content)).toEqual([
      "Walk after dinner.",
      "Thanks!",
    ]);
    expect(list.body.meta.total).toBe(2);
  });

  it("a locked thread refuses replies (409) and nothing is counted", async () => {
    const a = await createPatientWithToken();
    const b = await createPatientWithToken();
    const post = await postAs(a.token);
    const first = await forum.reply(b.token, post.id, { content: "Before the lock" });
    await moderatePost(post.id, { lockedAt: new Date() });
    const res = await forum.reply(b.token, post.id, { content: "After the lock" });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ status: 409, title: "Conflict" });
    expect(await replyCount(post.id)).toBe(1);
    expect((await forum.updateReply(b.token, first.body.data.id, { content: "edit" })).status).toBe(
      409,
    );
  });

  it("B cannot edit or delete A's reply (404); A can, and the count follows", async () => {
    const a = await createPatientWithToken();
    const b = await createPatientWithToken();
    const post = await postAs(b.token);
    const reply = (await forum.reply(a.token, post.id, { content: "Original" })).body.data;
    expect((await forum.updateReply(b.token, reply.id, { content: "Hacked" })).status).toBe(404);
    expect((await forum.removeReply(b.token, reply.id)).status).toBe(404);
    expect((await forum.getReply(reply.id)).body.data.content).toBe("Original");
    const edited = await forum.updateReply(a.token, reply.id, { content: "Better" });
    expect(edited.status).toBe(200);
    expect(edited.body.data).toMatchObject({ content: "Better", editedAt: expect.any(String) });
    expect((await forum.updateReply(a.token, reply.id, { content: "" })).status).toBe(422);
    expect((await forum.removeReply(a.token, reply.id)).status).toBe(204);
    expect(await replyCount(post.id)).toBe(0);
    expect((await forum.getReply(reply.id)).status).toBe(404);
  });

  it("an admin deletes any reply with a reason: audited and the author told", async () => {
    const a = await createPatientWithToken();
    const admin = await createAdminWithToken();
    const post = await postAs(a.token);
    const reply = (await forum.reply(a.token, post.id, { content: "Spammy" })).body.data;
    expect((await forum.removeReply(admin.token, reply.id)).status).toBe(422);
    expect((await forum.removeReply(admin.token, reply.id, { reason: "Spam" })).status).toBe(204);
    expect(await db.select({ a: adminActions.action }).from(adminActions)).toEqual([
      { a: "forum_reply_deleted" },
    ]);
    expect((await inbox(a.user.id)).map((n) => n.type)).toEqual(["forum"]);
  });

  it("only the post's author marks a reply helpful (404 for others); the replier is told", async () => {
    const a = await createPatientWithToken();
    const b = await createPatientWithToken();
    const c = await createPatientWithToken();
    const post = await postAs(a.token);
    const reply = (await forum.reply(b.token, post.id, { content: "Try this" })).body.data;
    expect((await forum.replies(post.id, a.token)).body.data[0].canMarkHelpful).toBe(true);
    expect((await forum.replies(post.id, c.token)).body.data[0].canMarkHelpful).toBe(false);
    expect((await forum.helpful(b.token, reply.id)).status).toBe(404);
    expect((await forum.helpful(c.token, reply.id)).status).toBe(404);
    const res = await forum.helpful(a.token, reply.id);
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ id: reply.id, helpful: true });
    expect((await forum.getReply(reply.id)).body.data.helpful).toBe(true);
    expect((await inbox(b.user.id)).map((n) => n.title)).toEqual(["Your reply helped"]);
    expect((await forum.helpful(a.token, reply.id)).body.data.helpful).toBe(false);
  });

  it("hidden replies: left out for others, shown to their author with the note", async () => {
    const a = await createPatientWithToken();
    const b = await createPatientWithToken();
    const post = await postAs(a.token);
    const reply = (await forum.reply(b.token, post.id, { content: "Buy my pills" })).body.data;
    await moderateReply(reply.id, { hiddenAt: new Date(), moderationNote: "Advertising" });
    expect((await forum.replies(post.id)).body.data).toEqual([]);
    expect((await forum.replies(post.id, a.token)).body.data).toEqual([]);
    expect((await forum.getReply(reply.id, a.token)).status).toBe(404);
    const own = (await forum.replies(post.id, b.token)).body.data;
    expect(own).toMatchObject([{ id: reply.id, hidden: true, moderationNote: "Advertising" }]);
    expect((await forum.voteReply(a.token, reply.id)).status).toBe(404);
  });

  it("a verified doctor's reply carries the badge; not when posted anonymously", async () => {
    const a = await createPatientWithToken();
    const dr = await createDoctor({ name: "Dr. Meera Iyer" });
    const drToken = await tokenFor(dr.user);
    const open = await postAs(a.token);
    const signed = await forum.reply(drToken, open.id, { content: "See a doctor." });
    expect(signed.body.data.author).toMatchObject({ verifiedDoctor: true, anonymous: false });
    const sensitive = await postAs(a.token, { category: "sexual_health" });
    const anon = await forum.reply(drToken, sensitive.id, {
      content: "Anon advice",
      anonymous: true,
    });
    expect(anon.body.data.author).toMatchObject({
      verifiedDoctor: false,
      anonymous: true,
      id: null,
    });
    const pending = await createDoctor({ verificationStatus: "pending" });
    const unverified = await forum.reply(await tokenFor(pending.user), open.id, { content: "Hi" });
    expect(unverified.body.data.author.verifiedDoctor).toBe(false);
  });
});

describe(`forum reports (${db_})`, () => {
  it("reports a post and a reply once each (201, then 409); never one's own (403)", async () => {
    const a = await createPatientWithToken();
    const b = await createPatientWithToken();
    const post = await postAs(a.token);
    const reply = (await forum.reply(a.token, post.id, { content: "Mine" })).body.data;
    const res = await forum.report(b.token, post.id, {
      reason: "spam",
      details: "Links to a shop",
    });
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({
      targetType: "forum_post",
      targetId: post.id,
      reason: "spam",
      status: "pending",
    });
    const again = await forum.report(b.token, post.id, { reason: "other" });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ status: 409, detail: "You have already reported this." });
    expect((await forum.reportReply(b.token, reply.id, { reason: "harassment" })).status).toBe(201);
    expect((await forum.report(a.token, post.id, { reason: "spam" })).status).toBe(403);
    expect((await forum.reportReply(a.token, reply.id, { reason: "spam" })).status).toBe(403);
    const bad = await forum.report(b.token, post.id, { reason: "boring" });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0].path).toBe("reason");
    const long = await forum.reportReply(b.token, reply.id, {
      reason: "other",
      details: "x".repeat(1001),
    });
    expect(long.status).toBe(422);
    expect(
      (await forum.report(b.token, "00000000-0000-4000-8000-000000000000", { reason: "spam" }))
        .status,
    ).toBe(404);
    const rows = await db
      .select({ t: contentReports.targetType, r: contentReports.reporterId })
      .from(contentReports);
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.r === b.user.id)).toBe(true);
  });
});
