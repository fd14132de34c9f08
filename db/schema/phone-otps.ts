import { sql } from "drizzle-orm";
import { check, index, integer, pgEnum, pgTable, smallint, text } from "drizzle-orm/pg-core";
import { createdAt, id, timestamptz } from "./_columns";
import { users } from "./users";

export const otpPurposes = ["sign_in", "verify_phone"] as const;
export type OtpPurpose = (typeof otpPurposes)[number];
export const otpPurposeEnum = pgEnum("otp_purpose", otpPurposes);

/**
 * One-time codes sent by SMS: 6 digits, stored only as a keyed hash, valid 5 minutes, 5 tries.
 * A newer code for the same number and purpose supersedes older ones (they are consumed).
 */
export const phoneOtps = pgTable(
  "phone_otps",
  {
    id: id(),
    /** +91XXXXXXXXXX, normalised. */
    phone: text().notNull(),
    purpose: otpPurposeEnum().notNull(),
    /** verify_phone: the signed-in user proving the number; sign_in: null. */
    userId: integer().references(() => users.id, { onDelete: "cascade" }),
    codeHash: text().notNull(),
    expiresAt: timestamptz().notNull(),
    attempts: smallint().notNull().default(0),
    consumedAt: timestamptz(),
    createdAt: createdAt(),
  },
  (t) => [
    index("phone_otps_phone_purpose_created_idx").on(t.phone, t.purpose, t.createdAt.desc()),
    index("phone_otps_user_id_idx").on(t.userId),
    check("phone_otps_attempts_check", sql`${t.attempts} between 0 and 5`),
  ],
);

export type PhoneOtpRow = typeof phoneOtps.$inferSelect;
export type NewPhoneOtpRow = typeof phoneOtps.$inferInsert;
