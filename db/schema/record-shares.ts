import { sql } from "drizzle-orm";
import { check, index, integer, pgTable } from "drizzle-orm/pg-core";
import { id, publicId, timestamps, timestamptz } from "./_columns";
import { doctors } from "./doctors";
import { healthRecords } from "./health-records";
import { users } from "./users";

/**
 * Patient consent for a doctor to read records. Live while `revoked_at is null and expires_at > now()`.
 * `record_id` null = all of the owner's records.
 */
export const recordShares = pgTable(
  "record_shares",
  {
    id: id(),
    uuid: publicId(),
    ownerId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    doctorId: integer()
      .notNull()
      .references(() => doctors.id, { onDelete: "cascade" }),
    recordId: integer().references(() => healthRecords.id, { onDelete: "cascade" }),
    expiresAt: timestamptz().notNull(),
    revokedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    index("record_shares_doctor_owner_idx").on(t.doctorId, t.ownerId),
    index("record_shares_owner_id_idx").on(t.ownerId),
    index("record_shares_record_id_idx").on(t.recordId),
    check("record_shares_expiry_check", sql`${t.expiresAt} > ${t.createdAt}`),
  ],
);

export type RecordShareRow = typeof recordShares.$inferSelect;
export type NewRecordShareRow = typeof recordShares.$inferInsert;
