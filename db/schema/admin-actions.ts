import { index, integer, pgEnum, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { id, publicId, timestamptz } from "./_columns";
import { users } from "./users";

/** What an admin did. Each verb names one operation of `lib/admin`. */
export const adminActionKinds = [
  "doctor_verified",
  "doctor_rejected",
  "doctor_document_opened",
  "user_suspended",
  "user_restored",
  "emergency_status_changed",
  "medicine_created",
  "medicine_updated",
  "lab_test_created",
  "lab_test_updated",
  "medicine_order_status_changed",
  "lab_booking_status_changed",
  "lab_report_uploaded",
  "forum_post_hidden",
  "forum_post_deleted",
  "forum_post_locked",
  "forum_post_unlocked",
  "forum_post_pinned",
  "forum_post_unpinned",
  "forum_reply_hidden",
  "forum_reply_deleted",
  "report_dismissed",
  "article_created",
  "article_updated",
  "support_ticket_answered",
  "forum_post_unhidden",
  "forum_reply_unhidden",
] as const;
export type AdminActionKind = (typeof adminActionKinds)[number];
export const adminActionKindEnum = pgEnum("admin_action_kind", adminActionKinds);

/**
 * Append-only record of every admin action: who, what, to whom, when and why (X: audit). A trigger
 * (migration 0010) refuses updates other than the foreign key's own set-null, and deletes.
 */
export const adminActions = pgTable(
  "admin_actions",
  {
    id: id(),
    uuid: publicId(),
    /** Null only once the admin's own account is gone; `admin_name` keeps the entry readable. */
    adminId: integer().references(() => users.id, { onDelete: "set null" }),
    adminName: text().notNull(),
    action: adminActionKindEnum().notNull(),
    /** "doctor" | "user" | "doctor_document" | "emergency_request": what `target_uuid` names. */
    targetType: text().notNull(),
    targetUuid: uuid().notNull(),
    /** A readable label of the target at the time (a name), since targets can be erased. */
    targetLabel: text(),
    reason: text(),
    at: timestamptz().notNull().defaultNow(),
  },
  (t) => [
    index("admin_actions_at_idx").on(t.at.desc()),
    index("admin_actions_target_idx").on(t.targetUuid, t.at.desc()),
    index("admin_actions_admin_id_idx").on(t.adminId),
  ],
);

export type AdminActionRow = typeof adminActions.$inferSelect;
export type NewAdminActionRow = typeof adminActions.$inferInsert;
