import { sql } from "drizzle-orm";
import { check, index, integer, pgEnum, pgTable, text, unique } from "drizzle-orm/pg-core";
import { id, publicId, timestamps, timestamptz } from "./_columns";
import { users } from "./users";

export const reportTargetTypes = ["forum_post", "forum_reply", "article_comment"] as const;
export type ReportTargetType = (typeof reportTargetTypes)[number];
export const reportTargetTypeEnum = pgEnum("report_target_type", reportTargetTypes);

export const reportReasons = [
  "spam",
  "harassment",
  "misinformation",
  "inappropriate",
  "other",
] as const;
export type ReportReason = (typeof reportReasons)[number];
export const reportReasonEnum = pgEnum("report_reason", reportReasons);

export const reportStatuses = ["pending", "reviewed", "resolved", "dismissed"] as const;
export type ReportStatus = (typeof reportStatuses)[number];
export const reportStatusEnum = pgEnum("report_status", reportStatuses);

export const reportActions = ["hidden", "deleted", "locked", "dismissed"] as const;
export type ReportAction = (typeof reportActions)[number];
export const reportActionEnum = pgEnum("report_action", reportActions);

/** Moderation queue. `target_id` is the internal id of the reported row (polymorphic, so no FK). */
export const contentReports = pgTable(
  "content_reports",
  {
    id: id(),
    uuid: publicId(),
    targetType: reportTargetTypeEnum().notNull(),
    targetId: integer().notNull(),
    reporterId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    reason: reportReasonEnum().notNull(),
    details: text(),
    status: reportStatusEnum().notNull().default("pending"),
    resolvedBy: integer().references(() => users.id, { onDelete: "set null" }),
    resolvedAt: timestamptz(),
    /** What the moderator did about it. */
    action: reportActionEnum(),
    /** The moderator's reason, told to the author when the content was acted on. */
    resolutionNote: text(),
    ...timestamps(),
  },
  (t) => [
    unique("content_reports_target_reporter_uniq").on(t.targetType, t.targetId, t.reporterId),
    index("content_reports_status_created_idx").on(t.status, t.createdAt),
    index("content_reports_reporter_id_idx").on(t.reporterId),
    check("content_reports_details_length_check", sql`char_length(${t.details}) <= 1000`),
  ],
);

export type ContentReportRow = typeof contentReports.$inferSelect;
export type NewContentReportRow = typeof contentReports.$inferInsert;
