import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { forumPostUpvotes, forumPosts, forumReplies } from "@/db/schema";
import { createPatientWithToken } from "@/tests/factories-appointments";
import { forum, postAs } from "./forum-api";

const db_ = process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite";

const voters = (n: number) =>
  Promise.all(Array.from({ length: n }, () => createPatientWithToken()));
const postVotes = async (id: string) =>
  (await db.select({ n: forumPosts.upvotes }).from(forumPosts).where(eq(forumPosts.uuid, id)))[0]!
    .n;
const replyVotes = async (id: string) =>
  (
    await db.select({ n: forumReplies.upvotes }).from(forumReplies).where(eq(forumReplies.uuid, id))
  )[0]!.n;

describe(`forum votes (${db_})`, () => {
  it("toggles one vote per user: up, down, and myVote follows", async () => {
    const a = await createPatientWithToken();
    const b = await createPatientWithToken();
    const post = await postAs(a.token);
    expect((await forum.vote(b.token, post.id)).body.data).toEqual({ upvoted: true, upvotes: 1 });
    expect((await forum.get(post.id, b.token)).body.data.myVote).toBe(true);
    expect((await forum.get(post.id, a.token)).body.data.myVote).toBe(false);
    expect((await forum.vote(b.token, post.id)).body.data).toEqual({ upvoted: false, upvotes: 0 });
    expect((await forum.vote(b.token, "00000000-0000-4000-8000-000000000000")).status).toBe(404);
  });

  it("50 users toggling a post at once count exactly 50; toggling again brings it to 0", async () => {
    const a = await createPatientWithToken();
    const post = await postAs(a.token);
    const crowd = await voters(50);
    const first = await Promise.all(crowd.map((v) => forum.vote(v.token, post.id)));
    expect(first.every((r) => r.status === 200 && r.body.data.upvoted)).toBe(true);
    expect(await postVotes(post.id)).toBe(50);
    expect(await db.$count(forumPostUpvotes)).toBe(50);
    await Promise.all(crowd.map((v) => forum.vote(v.token, post.id)));
    expect(await postVotes(post.id)).toBe(0);
  });

  it("50 users toggling twice each, all at once, leave a reply at exactly 0", async () => {
    const a = await createPatientWithToken();
    const post = await postAs(a.token);
    const reply = (await forum.reply(a.token, post.id, { content: "Vote me" })).body.data;
    const crowd = await voters(50);
    await Promise.all(crowd.map((v) => forum.voteReply(v.token, reply.id)));
    expect(await replyVotes(reply.id)).toBe(50);
    await Promise.all(
      crowd.map(async (v) => {
        await forum.voteReply(v.token, reply.id);
        await forum.voteReply(v.token, reply.id);
      }),
    );
    expect(await replyVotes(reply.id)).toBe(50);
    await Promise.all(crowd.map((v) => forum.voteReply(v.token, reply.id)));
    expect(await replyVotes(reply.id)).toBe(0);
  });

  it("one user's parallel double click never counts twice", async () => {
    const a = await createPatientWithToken();
    const b = await createPatientWithToken();
    const post = await postAs(a.token);
    await Promise.all(Array.from({ length: 6 }, () => forum.vote(b.token, post.id)));
    const n = await postVotes(post.id);
    expect([0, 1]).toContain(n);
    expect(await db.$count(forumPostUpvotes)).toBe(n);
  });
});
