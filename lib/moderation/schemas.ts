import { z } from "zod";
import {
  reportActions,
  reportReasons,
  reportStatuses,
  type ReportStatus,
} from "@/db/schema/content-reports";
import { paginationSchema } from "@/lib/api/pagination";
import { text } from "@/lib/validation/fields";
import { uuidSchema } from "@/lib/validation/ids";

/** What the queue moderates: forum posts and replies (article comments are not reportable yet). */
export const moderatedTargetTypes = ["forum_post", "forum_reply"] as const;
export type ModeratedTargetType = (typeof moderatedTargetTypes)[number];

/** Why a moderator acted: told to the author, kept in the audit and on the settled reports. */
export const moderationReasonSchema = text(3, 500);

/** Hide, delete (post or reply): the reason is required. */
export const moderationReasonInputSchema = z.object({ reason: moderationReasonSchema });
export type ModerationReasonInput = z.infer<typeof moderationReasonInputSchema>;

/** Lock, dismiss: a reason may be given (the author or the audit reads it). */
export const optionalReasonInputSchema = z.object({ reason: moderationReasonSchema.optional() });
export type OptionalReasonInput = z.infer<typeof optionalReasonInputSchema>;

export const moderationIdParamsSchema = z.object({ id: uuidSchema });

/** The queue's tabs, in order. */
export const reportStatusValues = reportStatuses;
export type { ReportStatus };

/** GET /admin/reports: one status (pending by default), oldest first while open. */
export const listReportsQuerySchema = paginationSchema.extend({
  status: z.enum(reportStatuses).default("pending"),
});
export type ListReportsQuery = z.infer<typeof listReportsQuerySchema>;

/** The reported post or reply as a moderator sees it: the real author even behind an alias. */
export const reportTargetSchema = z.object({
  type: z.enum(moderatedTargetTypes),
  id: z.uuid(),
  /** The thread: the post itself, or the reply's post. */
  postId: z.uuid(),
  /** The thread's title (a reply's post title). */
  title: z.string(),
  /** The start of the reported text (plain, up to 280 characters). */
  excerpt: z.string(),
  authorId: z.uuid(),
  authorName: z.string(),
  /** The public alias when posted anonymously; null otherwise. */
  anonymousAlias: z.string().nullable(),
  hidden: z.boolean(),
  /** The thread's state (for a reply, its post's). */
  locked: z.boolean(),
  pinned: z.boolean(),
  moderationNote: z.string().nullable(),
  createdAt: z.string(),
});
export type ReportTargetDto = z.infer<typeof reportTargetSchema>;

export const reportSchema = z.object({
  id: z.uuid(),
  targetType: z.enum(moderatedTargetTypes),
  /** Null once the content is gone (deleted by a moderator or by its author). */
  target: reportTargetSchema.nullable(),
  reason: z.enum(reportReasons),
  details: z.string().nullable(),
  reporterName: z.string(),
  status: z.enum(reportStatuses),
  action: z.enum(reportActions).nullable(),
  resolutionNote: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  reportedAt: z.string(),
  /** Every report the target has had, and those still open (pending or reviewed). */
  targetReportCount: z.number().int(),
  targetOpenReportCount: z.number().int(),
});
export type ReportDto = z.infer<typeof reportSchema>;

/** One target in the page's queue with its reports of the chosen status. */
export interface ReportedTargetDto {
  key: string;
  targetType: ModeratedTargetType;
  target: ReportTargetDto | null;
  reports: ReportDto[];
}

/** What a moderation action answers: the target's state after it. */
export const moderationResultSchema = z.object({
  type: z.enum(moderatedTargetTypes),
  id: z.uuid(),
  /** False after a delete. */
  exists: z.boolean(),
  hidden: z.boolean(),
  locked: z.boolean(),
  pinned: z.boolean(),
  /** How many open reports this action settled. */
  settledReports: z.number().int(),
});
export type ModerationResultDto = z.infer<typeof moderationResultSchema>;

/** What dismissing answers: the report, and how many open reports on its target went with it. */
export const dismissResultSchema = z.object({
  id: z.uuid(),
  status: z.literal("dismissed"),
  settledReports: z.number().int(),
});
export type DismissResultDto = z.infer<typeof dismissResultSchema>;
