import { sql } from "drizzle-orm";
import { check, index, integer, pgEnum, pgTable } from "drizzle-orm/pg-core";
import { id, publicId, timestamps, timestamptz } from "./_columns";
import { appointments } from "./appointments";
import { doctors } from "./doctors";
import { users } from "./users";

/** What the share covers: every record of the owner (now and later), or the chosen ones. */
export const recordShareScopes = ["all", "selected"] as const;
export type RecordShareScope = (typeof recordShareScopes)[number];
export const recordShareScopeEnum = pgEnum("record_share_scope", recordShareScopes);

/** Why the doctor may read (ABDM consent artefacts name a purpose too); shown in plain words. */
export const recordSharePurposes = ["consultation", "follow_up", "second_opinion"] as const;
export type RecordSharePurpose = (typeof recordSharePurposes)[number];
export const recordSharePurposeEnum = pgEnum("record_share_purpose", recordSharePurposes);

/**
 * Patient consent for a doctor to read records. Live while `revoked_at is null and expires_at > now()`.
 * Scope `selected` names its records in `record_share_items`.
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
    /** The appointment the consent was given for (the doctor reads from it). */
    appointmentId: integer().references(() => appointments.id, { onDelete: "set null" }),
    scope: recordShareScopeEnum().notNull().default("all"),
    purpose: recordSharePurposeEnum().notNull().default("consultation"),
    expiresAt: timestamptz().notNull(),
    revokedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    index("record_shares_doctor_owner_idx").on(t.doctorId, t.ownerId),
    index("record_shares_owner_id_idx").on(t.ownerId),
    index("record_shares_appointment_id_idx").on(t.appointmentId),
    check("record_shares_expiry_check", sql`${t.expiresAt} > ${t.createdAt}`),
  ],
);

export type RecordShareRow = typeof recordShares.$inferSelect;
export type NewRecordShareRow = typeof recordShares.$inferInsert;
