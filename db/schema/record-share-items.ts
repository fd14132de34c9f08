import { index, integer, pgTable, primaryKey } from "drizzle-orm/pg-core";
import { healthRecords } from "./health-records";
import { recordShares } from "./record-shares";

/** The records a `selected`-scope share covers; a deleted record leaves the share. */
export const recordShareItems = pgTable(
  "record_share_items",
  {
    shareId: integer()
      .notNull()
      .references(() => recordShares.id, { onDelete: "cascade" }),
    recordId: integer()
      .notNull()
      .references(() => healthRecords.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.shareId, t.recordId] }),
    index("record_share_items_record_id_idx").on(t.recordId),
  ],
);

export type RecordShareItemRow = typeof recordShareItems.$inferSelect;
