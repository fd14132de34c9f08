import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { forumPostUpvotes, forumPosts, forumReplies, forumReplyUpvotes } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { enforceRateLimit } from "@/lib/rate-limit";
import { canSee } from "../policy";
import {
  findPost,
  findReply,
  postFacts,
  postNotFound,
  replyFacts,
  replyNotFound,
} from "../queries";
import type { VoteResult } from "../schemas";

/**
 * Toggles my one vote on a visible post. Settled in the database: the vote row is deleted or
 * inserted (unique per user and post, `on conflict do nothing`) and the counter moves by one only
 * when that row really changed, in the same transaction, so parallel toggles stay exact.
 */
export async function togglePostVote(actor: Actor, postUuid: string): Promise<VoteResult> {
  await enforceRateLimit("forum_vote", String(actor.userId));
  return db.transaction(async (tx) => {
    const post = await findPost(tx, postUuid);
    if (!post || post.hiddenAt || !canSee(actor, postFacts(post))) throw postNotFound();
    const mine = and(
      eq(forumPostUpvotes.postId, post.id),
      eq(forumPostUpvotes.userId, actor.userId),
    );
    const removed = await tx
      .delete(forumPostUpvotes)
      .where(mine)
      .returning({ id: forumPostUpvotes.id });
    const added =
      removed.length > 0
        ? []
        : await tx
            .insert(forumPostUpvotes)
            .values({ postId: post.id, userId: actor.userId })
            .onConflictDoNothing()
            .returning({ id: forumPostUpvotes.id });
    const delta = added.length - removed.length;
    const [row] = await tx
      .update(forumPosts)
      .set({ upvotes: sql`${forumPosts.upvotes} + ${delta}` })
      .where(eq(forumPosts.id, post.id))
      .returning({ upvotes: forumPosts.upvotes });
    // A twin request of mine that inserted first leaves me voted: the state, not the click, answers.
    return { upvoted: removed.length === 0, upvotes: row?.upvotes ?? 0 };
  });
}

/** Toggles my one vote on a visible reply, settled like post votes. */
export async function toggleReplyVote(actor: Actor, replyUuid: string): Promise<VoteResult> {
  await enforceRateLimit("forum_vote", String(actor.userId));
  return db.transaction(async (tx) => {
    const reply = await findReply(tx, replyUuid);
    const visible =
      reply &&
      !reply.hiddenAt &&
      canSee(actor, replyFacts(reply)) &&
      canSee(actor, {
        authorId: reply.postAuthorId,
        hidden: reply.postHiddenAt !== null,
        locked: false,
      });
    if (!reply || !visible) throw replyNotFound();
    const mine = and(
      eq(forumReplyUpvotes.replyId, reply.id),
      eq(forumReplyUpvotes.userId, actor.userId),
    );
    const removed = await tx
      .delete(forumReplyUpvotes)
      .where(mine)
      .returning({ id: forumReplyUpvotes.id });
    const added =
      removed.length > 0
        ? []
        : await tx
            .insert(forumReplyUpvotes)
            .values({ replyId: reply.id, userId: actor.userId })
            .onConflictDoNothing()
            .returning({ id: forumReplyUpvotes.id });
    const delta = added.length - removed.length;
    const [row] = await tx
      .update(forumReplies)
      .set({ upvotes: sql`${forumReplies.upvotes} + ${delta}` })
      .where(eq(forumReplies.id, reply.id))
      .returning({ upvotes: forumReplies.upvotes });
    return { upvoted: removed.length === 0, upvotes: row?.upvotes ?? 0 };
  });
}
