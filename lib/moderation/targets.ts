import "server-only";
import { eq, inArray } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Queryable } from "@/db/client";
import { forumPosts, forumReplies, users } from "@/db/schema";
import { excerptOf, targetKey } from "./mappers";
import type { ReportTargetDto } from "./schemas";

const replyAuthors = alias(users, "reply_authors");

/**
 * Internal (does not authorize): the reported posts and replies that still exist, by target key,
 * with their real authors. Callers are admin-only reads.
 */
export async function findTargets(
  on: Queryable,
  refs: readonly { targetType: string; targetId: number }[],
): Promise<Map<string, ReportTargetDto>> {
  const postIds = [
    ...new Set(refs.filter((r) => r.targetType === "forum_post").map((r) => r.targetId)),
  ];
  const replyIds = [
    ...new Set(refs.filter((r) => r.targetType === "forum_reply").map((r) => r.targetId)),
  ];
  const [posts, replies] = await Promise.all([
    postIds.length === 0
      ? []
      : on
          .select({
            id: forumPosts.id,
            uuid: forumPosts.uuid,
            title: forumPosts.title,
            content: forumPosts.content,
            authorId: users.uuid,
            authorName: users.fullName,
            anonymousAlias: forumPosts.anonymousAlias,
            hiddenAt: forumPosts.hiddenAt,
            lockedAt: forumPosts.lockedAt,
            isPinned: forumPosts.isPinned,
            moderationNote: forumPosts.moderationNote,
            createdAt: forumPosts.createdAt,
          })
          .from(forumPosts)
          .innerJoin(users, eq(users.id, forumPosts.authorId))
          .where(inArray(forumPosts.id, postIds)),
    replyIds.length === 0
      ? []
      : on
          .select({
            id: forumReplies.id,
            uuid: forumReplies.uuid,
            postUuid: forumPosts.uuid,
            title: forumPosts.title,
            content: forumReplies.content,
            authorId: replyAuthors.uuid,
            authorName: replyAuthors.fullName,
            anonymousAlias: forumReplies.anonymousAlias,
            hiddenAt: forumReplies.hiddenAt,
            lockedAt: forumPosts.lockedAt,
            isPinned: forumPosts.isPinned,
            moderationNote: forumReplies.moderationNote,
            createdAt: forumReplies.createdAt,
          })
          .from(forumReplies)
          .innerJoin(forumPosts, eq(forumPosts.id, forumReplies.postId))
          .innerJoin(replyAuthors, eq(replyAuthors.id, forumReplies.authorId))
          .where(inArray(forumReplies.id, replyIds)),
  ]);
  const found = new Map<string, ReportTargetDto>();
  for (const p of posts)
    found.set(targetKey("forum_post", p.id), {
      type: "forum_post",
      id: p.uuid,
      postId: p.uuid,
      title: p.title,
      excerpt: excerptOf(p.content),
      authorId: p.authorId,
      authorName: p.authorName,
      anonymousAlias: p.anonymousAlias,
      hidden: p.hiddenAt !== null,
      locked: p.lockedAt !== null,
      pinned: p.isPinned,
      moderationNote: p.moderationNote,
      createdAt: p.createdAt.toISOString(),
    });
  for (const r of replies)
    found.set(targetKey("forum_reply", r.id), {
      type: "forum_reply",
      id: r.uuid,
      postId: r.postUuid,
      title: r.title,
      excerpt: excerptOf(r.content),
      authorId: r.authorId,
      authorName: r.authorName,
      anonymousAlias: r.anonymousAlias,
      hidden: r.hiddenAt !== null,
      locked: r.lockedAt !== null,
      pinned: r.isPinned,
      moderationNote: r.moderationNote,
      createdAt: r.createdAt.toISOString(),
    });
  return found;
}
