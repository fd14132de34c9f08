import "server-only";
import { asc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import {
  contentReports,
  forumPostUpvotes,
  forumPosts,
  forumReplies,
  forumReplyUpvotes,
} from "@/db/schema";
import { defineAccountPart } from "@/lib/account/part";

const shownAsDeletedUser = "public discussion others replied to stays, shown as Deleted user";

/** My forum posts and replies: exported; kept on erase (the author shows as Deleted user). */
export const forumAccount = defineAccountPart({
  domain: "forum",
  async exportForUser(userId) {
    const [posts, replies] = await Promise.all([
      db
        .select({
          id: forumPosts.uuid,
          title: forumPosts.title,
          content: forumPosts.content,
          category: forumPosts.category,
          upvotes: forumPosts.upvotes,
          views: forumPosts.views,
          replyCount: forumPosts.replyCount,
          postedAs: forumPosts.anonymousAlias,
          createdAt: forumPosts.createdAt,
          updatedAt: forumPosts.updatedAt,
          editedAt: forumPosts.editedAt,
        })
        .from(forumPosts)
        .where(eq(forumPosts.authorId, userId))
        .orderBy(asc(forumPosts.createdAt)),
      db
        .select({
          id: forumReplies.uuid,
          postId: forumPosts.uuid,
          content: forumReplies.content,
          upvotes: forumReplies.upvotes,
          helpful: forumReplies.isHelpful,
          postedAs: forumReplies.anonymousAlias,
          createdAt: forumReplies.createdAt,
          editedAt: forumReplies.editedAt,
        })
        .from(forumReplies)
        .innerJoin(forumPosts, eq(forumPosts.id, forumReplies.postId))
        .where(eq(forumReplies.authorId, userId))
        .orderBy(asc(forumReplies.createdAt)),
    ]);
    return { forumPosts: posts, forumReplies: replies };
  },
  userColumns: {
    kept: [
      { column: forumPosts.authorId, reason: shownAsDeletedUser },
      { column: forumReplies.authorId, reason: shownAsDeletedUser },
      {
        column: forumPostUpvotes.userId,
        reason: "votes name no one publicly and keep counts right",
      },
      {
        column: forumReplyUpvotes.userId,
        reason: "votes name no one publicly and keep counts right",
      },
      { column: contentReports.reporterId, reason: "the moderation history of reported content" },
      {
        column: contentReports.resolvedBy,
        reason: "a moderator's action on someone else's content",
      },
    ],
  },
});
