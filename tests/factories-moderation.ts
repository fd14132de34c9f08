import { eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import {
  contentReports,
  forumPostUpvotes,
  forumPosts,
  forumReplies,
  forumReplyUpvotes,
  type ReportReason,
} from "@/db/schema";
import { createUser } from "./factories";

/** A forum post by `authorId` (the forum's own service is another module's; rows are enough here). */
export async function createForumPost(
  authorId: number,
  overrides: Partial<typeof forumPosts.$inferInsert> = {},
) {
  const [row] = await db
    .insert(forumPosts)
    .values({
      authorId,
      title: "Is turmeric milk good for a cold?",
      content: "Asking for my father.",
      ...overrides,
    })
    .returning();
  return row!;
}

/** A reply on a post; the post's reply count goes up as the forum's would. */
export async function createForumReply(
  postId: number,
  authorId: number,
  overrides: Partial<typeof forumReplies.$inferInsert> = {},
) {
  const [row] = await db
    .insert(forumReplies)
    .values({
      postId,
      authorId,
      content: "Warm fluids help; see a doctor if fever lasts.",
      ...overrides,
    })
    .returning();
  await db
    .update(forumPosts)
    .set({ replyCount: sql`${forumPosts.replyCount} + 1` })
    .where(eq(forumPosts.id, postId));
  return row!;
}

/** A vote by `userId` on a post and, when given, on a reply. */
export async function vote(userId: number, postId: number, replyId?: number) {
  await db.insert(forumPostUpvotes).values({ postId, userId });
  if (replyId !== undefined) await db.insert(forumReplyUpvotes).values({ replyId, userId });
}

/** A report on a post or reply by a fresh reporter (one report per reporter and target). */
export async function reportContent(
  targetType: "forum_post" | "forum_reply" | "article_comment",
  targetId: number,
  reason: ReportReason = "misinformation",
  details: string | null = "Claims this cures infections.",
) {
  const reporter = await createUser({ fullName: "Reporting Ravi" });
  const [row] = await db
    .insert(contentReports)
    .values({ targetType, targetId, reporterId: reporter.id, reason, details })
    .returning();
  return { report: row!, reporter };
}
