import "server-only";
import { eq, sql } from "drizzle-orm";
import { db, type Tx } from "@/db/client";
import { forumPosts, forumReplies } from "@/db/schema";
import { notFound } from "@/lib/access/owner";
import { recordAdminAction } from "@/lib/admin/audit";
import { requireAdmin } from "@/lib/admin/policy";
import type { Actor } from "@/lib/auth/actor";
import { isUuid } from "@/lib/validation/ids";
import type { ModerationReasonInput, ModerationResultDto } from "../schemas";
import { excerptOf } from "../mappers";
import { alreadyThere, settleOpenReports, tellAuthor } from "./settle";

/** The reply with its thread, locked for the decision. */
async function lockReply(tx: Tx, replyUuid: string) {
  const [row] = await tx
    .select({
      id: forumReplies.id,
      uuid: forumReplies.uuid,
      authorId: forumReplies.authorId,
      content: forumReplies.content,
      hiddenAt: forumReplies.hiddenAt,
      postId: forumPosts.id,
      postUuid: forumPosts.uuid,
      title: forumPosts.title,
      lockedAt: forumPosts.lockedAt,
      isPinned: forumPosts.isPinned,
    })
    .from(forumReplies)
    .innerJoin(forumPosts, eq(forumPosts.id, forumReplies.postId))
    .where(eq(forumReplies.uuid, replyUuid))
    .for("update", { of: forumReplies })
    .limit(1);
  if (!row) throw notFound("forum reply");
  return row;
}

type ReplyRow = Awaited<ReturnType<typeof lockReply>>;

const result = (row: ReplyRow, hidden: boolean, exists: boolean, settledReports: number) =>
  ({
    type: "forum_reply",
    id: row.uuid,
    exists,
    hidden,
    locked: row.lockedAt !== null,
    pinned: row.isPinned,
    settledReports,
  }) satisfies ModerationResultDto;

/** The audit's label of a reply: its thread and the start of its text. */
const labelOf = (row: ReplyRow) => `${row.title}: ${excerptOf(row.content)}`.slice(0, 200);

async function withReply<T>(
  actor: Actor,
  replyUuid: string,
  work: (tx: Tx, row: ReplyRow) => Promise<T>,
): Promise<T> {
  requireAdmin(actor);
  if (!isUuid(replyUuid)) throw notFound("forum reply");
  return db.transaction(async (tx) => work(tx, await lockReply(tx, replyUuid)));
}

/** Hides a reply from everyone but its author and admins, saying why; settles its open reports. */
export function hideForumReply(actor: Actor, replyUuid: string, input: ModerationReasonInput) {
  return withReply(actor, replyUuid, async (tx, row) => {
    if (row.hiddenAt) throw alreadyThere("reply is already hidden");
    await tx
      .update(forumReplies)
      .set({ hiddenAt: sql`now()`, moderationNote: input.reason, updatedAt: sql`now()` })
      .where(eq(forumReplies.id, row.id));
    const settled = await settleOpenReports(
      tx,
      actor,
      [{ targetType: "forum_reply", targetId: row.id }],
      { status: "resolved", action: "hidden", note: input.reason },
    );
    await tellAuthor(tx, row.authorId, "forumReplyHidden", {
      title: row.title,
      reason: input.reason,
      postUuid: row.postUuid,
    });
    await recordAdminAction(tx, actor, {
      action: "forum_reply_hidden",
      targetType: "forum_reply",
      targetUuid: row.uuid,
      targetLabel: labelOf(row),
      reason: input.reason,
    });
    return result(row, true, true, settled);
  });
}

/** Shows a hidden reply again. */
export function unhideForumReply(actor: Actor, replyUuid: string) {
  return withReply(actor, replyUuid, async (tx, row) => {
    if (!row.hiddenAt) throw alreadyThere("reply is not hidden");
    await tx
      .update(forumReplies)
      .set({ hiddenAt: null, moderationNote: null, updatedAt: sql`now()` })
      .where(eq(forumReplies.id, row.id));
    await tellAuthor(tx, row.authorId, "forumReplyUnhidden", {
      title: row.title,
      postUuid: row.postUuid,
    });
    await recordAdminAction(tx, actor, {
      action: "forum_reply_unhidden",
      targetType: "forum_reply",
      targetUuid: row.uuid,
      targetLabel: labelOf(row),
    });
    return result(row, false, true, 0);
  });
}

/**
 * Deletes a reply for good (its votes go with it) and takes it off the thread's reply count, in
 * one transaction; settles its open reports and tells the author why.
 */
export function deleteForumReply(actor: Actor, replyUuid: string, input: ModerationReasonInput) {
  return withReply(actor, replyUuid, async (tx, row) => {
    const settled = await settleOpenReports(
      tx,
      actor,
      [{ targetType: "forum_reply", targetId: row.id }],
      { status: "resolved", action: "deleted", note: input.reason },
    );
    await tx.delete(forumReplies).where(eq(forumReplies.id, row.id));
    // Never below zero: the check constraint would turn a miscount elsewhere into a 500 here.
    await tx
      .update(forumPosts)
      .set({ replyCount: sql`greatest(${forumPosts.replyCount} - 1, 0)` })
      .where(eq(forumPosts.id, row.postId));
    await tellAuthor(tx, row.authorId, "forumReplyDeleted", {
      title: row.title,
      reason: input.reason,
      postUuid: row.postUuid,
    });
    await recordAdminAction(tx, actor, {
      action: "forum_reply_deleted",
      targetType: "forum_reply",
      targetUuid: row.uuid,
      targetLabel: labelOf(row),
      reason: input.reason,
    });
    return result(row, false, false, settled);
  });
}
