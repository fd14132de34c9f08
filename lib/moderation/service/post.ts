import "server-only";
import { eq, sql } from "drizzle-orm";
import type { PgUpdateSetSource } from "drizzle-orm/pg-core";
import { db, type Tx } from "@/db/client";
import { forumPosts, forumReplies } from "@/db/schema";
import type { AdminActionKind } from "@/db/schema/admin-actions";
import { notFound } from "@/lib/access/owner";
import { recordAdminAction } from "@/lib/admin/audit";
import { requireAdmin } from "@/lib/admin/policy";
import type { Actor } from "@/lib/auth/actor";
import type { NotificationKey } from "@/lib/notifications/render";
import { isUuid } from "@/lib/validation/ids";
import { parseInput } from "@/lib/validation/parse-input";
import {
  moderationReasonInputSchema,
  type ModerationReasonInput,
  type ModerationResultDto,
  type OptionalReasonInput,
} from "../schemas";
import { alreadyThere, settleOpenReports, tellAuthor, type Outcome } from "./settle";

type PostRow = Awaited<ReturnType<typeof lockPost>>;

/** The post, locked for the decision (two moderators acting at once queue here). */
async function lockPost(tx: Tx, postUuid: string) {
  const [row] = await tx
    .select({
      id: forumPosts.id,
      uuid: forumPosts.uuid,
      authorId: forumPosts.authorId,
      title: forumPosts.title,
      hiddenAt: forumPosts.hiddenAt,
      lockedAt: forumPosts.lockedAt,
      isPinned: forumPosts.isPinned,
      moderationNote: forumPosts.moderationNote,
    })
    .from(forumPosts)
    .where(eq(forumPosts.uuid, postUuid))
    .for("update")
    .limit(1);
  if (!row) throw notFound("forum post");
  return row;
}

interface PostChange {
  /** Refuses (409) when the change would do nothing. */
  refuse?: (row: PostRow) => string | null;
  set: (row: PostRow) => PgUpdateSetSource<typeof forumPosts>;
  audit: AdminActionKind;
  message: NotificationKey;
  /** Open reports on the post are settled this way, when the change answers them. */
  outcome?: Outcome;
}

/** One moderation of a post: the change, the reports it answers, the author told, the audit. */
async function moderatePost(
  actor: Actor,
  postUuid: string,
  reason: string | null,
  change: PostChange,
): Promise<ModerationResultDto> {
  requireAdmin(actor);
  if (!isUuid(postUuid)) throw notFound("forum post");
  return db.transaction(async (tx) => {
    const row = await lockPost(tx, postUuid);
    const refusal = change.refuse?.(row);
    if (refusal) throw alreadyThere(refusal);
    const [after] = await tx
      .update(forumPosts)
      .set({ ...change.set(row), updatedAt: sql`now()` })
      .where(eq(forumPosts.id, row.id))
      .returning({
        hiddenAt: forumPosts.hiddenAt,
        lockedAt: forumPosts.lockedAt,
        isPinned: forumPosts.isPinned,
      });
    const settledReports = change.outcome
      ? await settleOpenReports(
          tx,
          actor,
          [{ targetType: "forum_post", targetId: row.id }],
          change.outcome,
        )
      : 0;
    await tellAuthor(tx, row.authorId, change.message, {
      title: row.title,
      reason,
      postUuid: row.uuid,
    });
    await recordAdminAction(tx, actor, {
      action: change.audit,
      targetType: "forum_post",
      targetUuid: row.uuid,
      targetLabel: row.title,
      reason,
    });
    return {
      type: "forum_post",
      id: row.uuid,
      exists: true,
      hidden: after!.hiddenAt !== null,
      locked: after!.lockedAt !== null,
      pinned: after!.isPinned,
      settledReports,
    };
  });
}

/** Hides a post from everyone but its author and admins, saying why; settles its open reports. */
export function hideForumPost(actor: Actor, postUuid: string, input: ModerationReasonInput) {
  return moderatePost(actor, postUuid, input.reason, {
    refuse: (r) => (r.hiddenAt ? "post is already hidden" : null),
    set: () => ({ hiddenAt: sql`now()`, moderationNote: input.reason }),
    audit: "forum_post_hidden",
    message: "forumPostHidden",
    outcome: { status: "resolved", action: "hidden", note: input.reason },
  });
}

/** Shows a hidden post again (its note stays only while the thread is still locked). */
export function unhideForumPost(actor: Actor, postUuid: string) {
  return moderatePost(actor, postUuid, null, {
    refuse: (r) => (r.hiddenAt ? null : "post is not hidden"),
    set: (r) => ({ hiddenAt: null, moderationNote: r.lockedAt ? r.moderationNote : null }),
    audit: "forum_post_unhidden",
    message: "forumPostUnhidden",
  });
}

/** Locks a thread against new replies and edits; settles its open reports. */
export function lockForumPost(actor: Actor, postUuid: string, input: OptionalReasonInput) {
  const reason = input.reason ?? null;
  return moderatePost(actor, postUuid, reason, {
    refuse: (r) => (r.lockedAt ? "thread is already locked" : null),
    set: (r) => ({
      lockedAt: sql`now()`,
      moderationNote: reason ?? r.moderationNote,
    }),
    audit: "forum_post_locked",
    message: "forumPostLocked",
    outcome: { status: "resolved", action: "locked", note: reason },
  });
}

/** Opens a locked thread again. */
export function unlockForumPost(actor: Actor, postUuid: string) {
  return moderatePost(actor, postUuid, null, {
    refuse: (r) => (r.lockedAt ? null : "thread is not locked"),
    set: (r) => ({ lockedAt: null, moderationNote: r.hiddenAt ? r.moderationNote : null }),
    audit: "forum_post_unlocked",
    message: "forumPostUnlocked",
  });
}

/** Pins a thread to the top of its lists. */
export function pinForumPost(actor: Actor, postUuid: string) {
  return moderatePost(actor, postUuid, null, {
    refuse: (r) => (r.isPinned ? "thread is already pinned" : null),
    set: () => ({ isPinned: true }),
    audit: "forum_post_pinned",
    message: "forumPostPinned",
  });
}

/** Unpins a thread. */
export function unpinForumPost(actor: Actor, postUuid: string) {
  return moderatePost(actor, postUuid, null, {
    refuse: (r) => (r.isPinned ? null : "thread is not pinned"),
    set: () => ({ isPinned: false }),
    audit: "forum_post_unpinned",
    message: "forumPostUnpinned",
  });
}

/**
 * Deletes a post for good with its replies, votes and views (cascade), settling the open reports
 * on it and on its replies; the author is told why (no link: the thread is gone).
 */
export async function deleteForumPost(
  actor: Actor,
  postUuid: string,
  input: ModerationReasonInput,
): Promise<ModerationResultDto> {
  requireAdmin(actor);
  if (!isUuid(postUuid)) throw notFound("forum post");
  return db.transaction(async (tx) => {
    const row = await lockPost(tx, postUuid);
    const replies = await tx
      .select({ id: forumReplies.id })
      .from(forumReplies)
      .where(eq(forumReplies.postId, row.id));
    const settledReports = await settleOpenReports(
      tx,
      actor,
      [
        { targetType: "forum_post", targetId: row.id },
        ...replies.map((r) => ({ targetType: "forum_reply" as const, targetId: r.id })),
      ],
      { status: "resolved", action: "deleted", note: input.reason },
    );
    await tx.delete(forumPosts).where(eq(forumPosts.id, row.id));
    await tellAuthor(tx, row.authorId, "forumPostDeleted", {
      title: row.title,
      reason: input.reason,
      postUuid: null,
    });
    await recordAdminAction(tx, actor, {
      action: "forum_post_deleted",
      targetType: "forum_post",
      targetUuid: row.uuid,
      targetLabel: row.title,
      reason: input.reason,
    });
    return {
      type: "forum_post",
      id: row.uuid,
      exists: false,
      hidden: false,
      locked: false,
      pinned: false,
      settledReports,
    };
  });
}

/**
 * The forum's DELETE /forum/posts/:id when an admin calls it: the same moderator's delete, with
 * the reason the author is told (422 on `reason` when it is missing or too short).
 */
export async function deletePostAsModerator(
  actor: Actor,
  postUuid: string,
  reason: string,
): Promise<ModerationResultDto> {
  requireAdmin(actor);
  return deleteForumPost(actor, postUuid, parseInput(moderationReasonInputSchema, { reason }));
}
