import "server-only";
import { randomUUID } from "node:crypto";
import { and, eq, isNull, sql } from "drizzle-orm";
import { db, type Queryable } from "@/db/client";
import { translateDbErrors } from "@/db/errors";
import { forumPosts, forumReplies, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { deleteForumReply } from "@/lib/moderation/service";
import { moderationReasonInputSchema } from "@/lib/moderation/schemas";
import { notify } from "@/lib/notifications/notify";
import { enforceRateLimit } from "@/lib/rate-limit";
import { parseInput } from "@/lib/validation/parse-input";
import { anonymousAlias } from "../alias";
import { publicName } from "../mappers";
import { canDelete, canEdit, canSee } from "../policy";
import {
  findPost,
  findReply,
  getReply,
  postFacts,
  postNotFound,
  replyFacts,
  replyNotFound,
} from "../queries";
import {
  anonymousNotAllowed,
  createReplySchema,
  isSensitiveCategory,
  updateReplySchema,
  type CreateReplyInput,
  type HelpfulResult,
  type ReplyDto,
  type UpdateReplyInput,
} from "../schemas";
import { lockedError } from "./posts";

async function nameOf(on: Queryable, userId: number): Promise<string> {
  const [me] = await on
    .select({ name: users.fullName })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  return publicName(me?.name ?? "");
}

/**
 * Replies to a visible thread. A locked thread refuses (409), checked in the same statement that
 * counts the reply, so a lock landing meanwhile wins. In a sensitive category the reply may go
 * under the author's alias for this thread. The post's author is told (not about their own reply).
 */
export async function createReply(
  actor: Actor,
  postUuid: string,
  input: CreateReplyInput,
): Promise<ReplyDto> {
  await enforceRateLimit("forum_reply", String(actor.userId));
  const reply = parseInput(createReplySchema, input);
  const uuid = randomUUID();
  await translateDbErrors(() =>
    db.transaction(async (tx) => {
      const post = await findPost(tx, postUuid);
      if (!post || !canSee(actor, postFacts(post)) || post.hiddenAt) throw postNotFound();
      if (reply.anonymous && !isSensitiveCategory(post.category)) {
        throw new AppError("validation_failed", "The input is invalid.", {
          errors: [{ path: "anonymous", message: anonymousNotAllowed }],
        });
      }
      const [counted] = await tx
        .update(forumPosts)
        .set({ replyCount: sql`${forumPosts.replyCount} + 1` })
        .where(and(eq(forumPosts.id, post.id), isNull(forumPosts.lockedAt)))
        .returning({ id: forumPosts.id });
      if (!counted) throw lockedError();
      const alias = reply.anonymous ? anonymousAlias(actor.userId, post.uuid) : null;
      await tx.insert(forumReplies).values({
        uuid,
        postId: post.id,
        authorId: actor.userId,
        content: reply.content,
        anonymousAlias: alias,
      });
      if (post.authorId === actor.userId) return;
      await notify(tx, {
        userId: post.authorId,
        event: "forum_reply",
        key: "forumReply",
        params: { name: alias ?? (await nameOf(tx, actor.userId)), title: post.title },
        link: `/forum/${post.uuid}#reply-${uuid}`,
      });
    }),
  );
  return getReply(actor, uuid);
}

/** The author rewrites their reply while the thread is not locked (404 for others, 409 locked). */
export async function updateReply(
  actor: Actor,
  uuid: string,
  input: UpdateReplyInput,
): Promise<ReplyDto> {
  await enforceRateLimit("forum_edit", String(actor.userId));
  const { content } = parseInput(updateReplySchema, input);
  await db.transaction(async (tx) => {
    const reply = await findReply(tx, uuid);
    if (!reply || reply.authorId !== actor.userId || reply.postHiddenAt) throw replyNotFound();
    if (!canEdit(actor, replyFacts(reply))) throw lockedError();
    // Lock the thread row so a moderator's lock and this edit happen one after the other.
    const [open] = await tx
      .select({ id: forumPosts.id })
      .from(forumPosts)
      .where(and(eq(forumPosts.id, reply.postId), isNull(forumPosts.lockedAt)))
      .for("update");
    if (!open) throw lockedError();
    const now = new Date();
    await tx
      .update(forumReplies)
      .set({ content, editedAt: now, updatedAt: now })
      .where(eq(forumReplies.id, reply.id));
  });
  return getReply(actor, uuid);
}

/**
 * Deletes a reply (its votes go with it) and takes it off the thread's count: the author's own. An
 * admin deleting someone else's is moderation (lib/moderation): a reason is required (422), its
 * open reports are settled and the author is told why. 404 for anyone else.
 */
export async function deleteReply(
  actor: Actor,
  uuid: string,
  options: { reason?: string | null } = {},
): Promise<void> {
  await enforceRateLimit("forum_edit", String(actor.userId));
  const reply = await findReply(db, uuid);
  if (!reply) throw replyNotFound();
  const facts = replyFacts(reply);
  const threadVisible = canSee(actor, {
    authorId: reply.postAuthorId,
    hidden: reply.postHiddenAt !== null,
    locked: false,
  });
  if (!threadVisible || !canSee(actor, facts) || !canDelete(actor, facts)) throw replyNotFound();
  if (reply.authorId !== actor.userId) {
    await deleteForumReply(
      actor,
      uuid,
      parseInput(moderationReasonInputSchema, { reason: options.reason ?? "" }),
    );
    return;
  }
  await db.transaction(async (tx) => {
    const [deleted] = await tx
      .delete(forumReplies)
      .where(and(eq(forumReplies.id, reply.id), eq(forumReplies.authorId, actor.userId)))
      .returning({ id: forumReplies.id });
    if (!deleted) throw replyNotFound();
    await tx
      .update(forumPosts)
      .set({ replyCount: sql`greatest(${forumPosts.replyCount} - 1, 0)` })
      .where(eq(forumPosts.id, reply.postId));
  });
}

/**
 * Marks a reply helpful, or unmarks it: only the thread's author may (to anyone else the action
 * does not exist: 404, as for content they cannot see). The reply's author is told when marked.
 */
export async function toggleHelpful(actor: Actor, uuid: string): Promise<HelpfulResult> {
  await enforceRateLimit("forum_edit", String(actor.userId));
  return db.transaction(async (tx) => {
    const reply = await findReply(tx, uuid);
    if (!reply || reply.postAuthorId !== actor.userId || reply.hiddenAt || reply.postHiddenAt) {
      throw replyNotFound();
    }
    const [row] = await tx
      .update(forumReplies)
      .set({ isHelpful: sql`not ${forumReplies.isHelpful}` })
      .where(eq(forumReplies.id, reply.id))
      .returning({ helpful: forumReplies.isHelpful });
    if (!row) throw replyNotFound();
    if (row.helpful && reply.authorId !== actor.userId) {
      await notify(tx, {
        userId: reply.authorId,
        event: "forum_helpful",
        key: "forumHelpful",
        params: { title: reply.postTitle },
        link: `/forum/${reply.postUuid}#reply-${reply.uuid}`,
      });
    }
    return { id: reply.uuid, helpful: row.helpful };
  });
}
