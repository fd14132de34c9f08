import { z } from "zod";
import { reportReasons } from "@/db/schema/content-reports";
import { forumCategories, type ForumCategory } from "@/db/schema/forum-posts";
import { paginationSchema } from "@/lib/api/pagination";
import { text } from "@/lib/validation/fields";
import { uuidSchema } from "@/lib/validation/ids";

export { forumCategories, reportReasons };
export type { ForumCategory };

/** Topics where a member may post under an alias (the contract's "sensitive categories"). */
export const sensitiveCategories: readonly ForumCategory[] = ["mental_health", "sexual_health"];

export function isSensitiveCategory(category: ForumCategory): boolean {
  return sensitiveCategories.includes(category);
}

export const forumSorts = ["new", "top", "trending"] as const;
export type ForumSort = (typeof forumSorts)[number];

export const forumCategorySchema = z.enum(forumCategories);

/** GET /forum/posts: newest, most upvoted or most viewed first (pinned posts always lead). */
export const listPostsQuerySchema = paginationSchema.extend({
  category: forumCategorySchema.optional(),
  q: text(0, 100)
    .optional()
    .transform((s) => (s ? s : undefined))
    .describe("Typo-tolerant search over title and body"),
  sort: z.enum(forumSorts).default("new").describe("new | top (upvotes) | trending (views)"),
});
export type ListPostsQuery = z.input<typeof listPostsQuerySchema>;

const anonymousMessage = "is only possible in the mental health and sexual health categories";

/** POST /forum/posts. `anonymous` posts under an alias, in sensitive categories only. */
export const createPostSchema = z
  .object({
    title: text(5, 150),
    content: text(10, 10_000).describe("Markdown; rendered sanitised, without images or HTML"),
    category: forumCategorySchema,
    anonymous: z.boolean().default(false),
  })
  .superRefine((post, ctx) => {
    if (post.anonymous && !isSensitiveCategory(post.category)) {
      ctx.addIssue({ code: "custom", path: ["anonymous"], message: anonymousMessage });
    }
  });
export type CreatePostInput = z.input<typeof createPostSchema>;

/** PUT /forum/posts/:id: the author rewrites title and body (the category and alias stay). */
export const updatePostSchema = z.object({
  title: text(5, 150),
  content: text(10, 10_000),
});
export type UpdatePostInput = z.input<typeof updatePostSchema>;

/** POST /forum/posts/:id/replies. `anonymous` only in a sensitive category's thread. */
export const createReplySchema = z.object({
  content: text(1, 10_000).describe("Markdown; rendered sanitised"),
  anonymous: z.boolean().default(false),
});
export type CreateReplyInput = z.input<typeof createReplySchema>;

export const updateReplySchema = z.object({ content: text(1, 10_000) });
export type UpdateReplyInput = z.input<typeof updateReplySchema>;

/** POST /forum/posts/:id/report and /forum/replies/:id/report. */
export const reportSchema = z.object({
  reason: z.enum(reportReasons),
  details: text(0, 1000)
    .optional()
    .transform((s) => (s ? s : undefined)),
});
export type ReportInput = z.input<typeof reportSchema>;

export const anonymousNotAllowed = anonymousMessage;

export const forumIdParamsSchema = z.object({ id: uuidSchema });

/** DELETE of a post or reply: the author sends nothing; an admin says why (told to the author). */
export const forumDeleteBodySchema = z.object({
  reason: z.string().trim().max(500).optional().describe("Required when an admin deletes"),
});

/**
 * Who wrote something, as the reader may know it: an anonymous author is only their alias (no id,
 * no badge) to everyone but admins, who also get the real name and id for moderation.
 */
export const forumAuthorSchema = z.object({
  name: z.string(),
  anonymous: z.boolean(),
  verifiedDoctor: z.boolean(),
  id: z.uuid().nullable().describe("The author's user id: admins only, null for everyone else"),
  alias: z
    .string()
    .nullable()
    .describe("The alias of an anonymous author (admins see it beside the name)"),
});
export type ForumAuthor = z.infer<typeof forumAuthorSchema>;

export const postSummarySchema = z.object({
  id: z.uuid(),
  title: z.string(),
  excerpt: z.string(),
  category: forumCategorySchema,
  author: forumAuthorSchema,
  upvotes: z.number().int(),
  views: z.number().int(),
  replyCount: z.number().int(),
  pinned: z.boolean(),
  locked: z.boolean(),
  myVote: z.boolean(),
  createdAt: z.string(),
  editedAt: z.string().nullable(),
});
export type PostSummaryDto = z.infer<typeof postSummarySchema>;

export const postSchema = postSummarySchema.extend({
  content: z.string(),
  hidden: z.boolean().describe("Only its author and admins ever see a hidden post"),
  moderationNote: z
    .string()
    .nullable()
    .describe("Why moderators acted: its author and admins only"),
  mine: z.boolean(),
  canEdit: z.boolean(),
  canDelete: z.boolean(),
  canReply: z.boolean(),
});
export type PostDto = z.infer<typeof postSchema>;

export const replySchema = z.object({
  id: z.uuid(),
  postId: z.uuid(),
  content: z.string(),
  author: forumAuthorSchema,
  upvotes: z.number().int(),
  helpful: z.boolean(),
  myVote: z.boolean(),
  hidden: z.boolean().describe("Only its author and admins ever see a hidden reply"),
  moderationNote: z.string().nullable(),
  mine: z.boolean(),
  canEdit: z.boolean(),
  canDelete: z.boolean(),
  canMarkHelpful: z.boolean(),
  createdAt: z.string(),
  editedAt: z.string().nullable(),
});
export type ReplyDto = z.infer<typeof replySchema>;

export const voteResultSchema = z.object({ upvoted: z.boolean(), upvotes: z.number().int() });
export type VoteResult = z.infer<typeof voteResultSchema>;

export const helpfulResultSchema = z.object({ id: z.uuid(), helpful: z.boolean() });
export type HelpfulResult = z.infer<typeof helpfulResultSchema>;

export const reportResultSchema = z.object({
  id: z.uuid(),
  targetType: z.enum(["forum_post", "forum_reply"]),
  targetId: z.uuid(),
  reason: z.enum(reportReasons),
  status: z.string(),
  createdAt: z.string(),
});
export type ReportResult = z.infer<typeof reportResultSchema>;
