import { index, integer, pgEnum, pgTable, text } from "drizzle-orm/pg-core";
import { id, publicId, timestamptz } from "./_columns";
import { healthRecords } from "./health-records";
import { users } from "./users";

/** view: the record's details; preview: its file shown inline; download: its file as an attachment. */
export const recordAccessActions = ["view", "preview", "download"] as const;
export type RecordAccessAction = (typeof recordAccessActions)[number];
export const recordAccessActionEnum = pgEnum("record_access_action", recordAccessActions);

/** Which door the read came through: a page of the app or the public API. */
export const recordAccessDoors = ["page", "api"] as const;
export type RecordAccessDoor = (typeof recordAccessDoors)[number];
export const recordAccessDoorEnum = pgEnum("record_access_door", recordAccessDoors);

/**
 * Append-only audit of reads of a record by anyone other than its owner. Triggers (migration
 * 0008) refuse updates other than the foreign keys' own set-null, and deletes while the owner
 * still exists.
 */
export const recordAccessLog = pgTable(
  "record_access_log",
  {
    id: id(),
    uuid: publicId(),
    /** Null once the record itself is deleted; the title snapshot keeps the entry readable. */
    recordId: integer().references(() => healthRecords.id, { onDelete: "set null" }),
    recordTitle: text(),
    ownerId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    accessedBy: integer().references(() => users.id, { onDelete: "set null" }),
    action: recordAccessActionEnum().notNull(),
    door: recordAccessDoorEnum().notNull(),
    /** Why, e.g. "record share" or "consultation". */
    reason: text(),
    at: timestamptz().notNull().defaultNow(),
  },
  (t) => [
    index("record_access_log_owner_at_idx").on(t.ownerId, t.at.desc()),
    index("record_access_log_record_id_idx").on(t.recordId),
    index("record_access_log_accessed_by_idx").on(t.accessedBy),
  ],
);

export type RecordAccessLogRow = typeof recordAccessLog.$inferSelect;
export type NewRecordAccessLogRow = typeof recordAccessLog.$inferInsert;
