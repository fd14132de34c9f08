import { sql } from "drizzle-orm";
import {
  check,
  date,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  smallint,
  text,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { emptyTextArray, id, publicId, timestamps, timestamptz } from "./_columns";
import { genderEnum, localeEnum } from "./_enums";
import { users } from "./users";

export const bloodGroups = ["A+", "A-", "B+", "B-", "AB+", "AB-", "O+", "O-", "unknown"] as const;
export type BloodGroup = (typeof bloodGroups)[number];
export const bloodGroupEnum = pgEnum("blood_group", bloodGroups);

/** A medicine the person takes, as stored. Rows written before 0004 hold plain strings instead. */
export interface StoredMedication {
  name: string;
  dosage: string | null;
  frequency: string | null;
}

/** One per user: onboarding answers, medical history, ABHA link. */
export const healthProfiles = pgTable(
  "health_profiles",
  {
    id: id(),
    uuid: publicId(),
    userId: integer()
      .notNull()
      .unique("health_profiles_user_id_uniq")
      .references(() => users.id, { onDelete: "cascade" }),
    dateOfBirth: date(),
    /** Self-reported age when no date of birth is given. */
    age: smallint(),
    gender: genderEnum(),
    city: text(),
    bloodGroup: bloodGroupEnum(),
    conditions: text().array().notNull().default(emptyTextArray),
    allergies: text().array().notNull().default(emptyTextArray),
    /** `StoredMedication` objects; strings from before they were structured read as `{ name }`. */
    medications: jsonb()
      .$type<(StoredMedication | string)[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    heightCm: numeric({ precision: 4, scale: 1 }),
    weightKg: numeric({ precision: 4, scale: 1 }),
    /** "120/80" */
    bp: text(),
    notes: text(),
    /** Emergency contact phone (10-digit Indian mobile suggested). */
    emergencyContact: text(),
    language: localeEnum(),
    /**
     * 14 digits, stored without hyphens; displayed XX-XXXX-XXXX-XXXX. Unique only once verified:
     * an unverified claim must neither block the real owner nor tell anyone the number is taken.
     */
    abhaNumber: text(),
    /** handle@abdm (or @sbx in sandbox), stored lower-case; unique only once verified. */
    abhaAddress: text(),
    abhaLinkedAt: timestamptz(),
    /** When ABDM confirmed by OTP that the number and address are this person's; null: unverified. */
    abhaVerifiedAt: timestamptz(),
    /** The ABDM transaction of the OTP sent last (one pending verification per person). */
    abhaOtpTxnId: text(),
    /** What the pending OTP proves: "abha-number" or "abha-address" (ABDM's loginHint). */
    abhaOtpLoginHint: text(),
    abhaOtpRequestedAt: timestamptz(),
    onboardingCompletedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex("health_profiles_abha_number_verified_uniq")
      .on(t.abhaNumber)
      .where(sql`${t.abhaVerifiedAt} is not null`),
    uniqueIndex("health_profiles_abha_address_verified_uniq")
      .on(t.abhaAddress)
      .where(sql`${t.abhaVerifiedAt} is not null`),
    check(
      "health_profiles_abha_otp_login_hint_check",
      sql`${t.abhaOtpLoginHint} in ('abha-number', 'abha-address')`,
    ),
    check("health_profiles_abha_number_check", sql`${t.abhaNumber} ~ '^[0-9]{14}$'`),
    check("health_profiles_abha_address_check", sql`${t.abhaAddress} ~ '^[a-z0-9._]+@(abdm|sbx)$'`),
    check("health_profiles_age_check", sql`${t.age} between 0 and 130`),
    check("health_profiles_height_check", sql`${t.heightCm} between 20 and 280`),
    check("health_profiles_weight_check", sql`${t.weightKg} between 0.5 and 500`),
    check("health_profiles_medications_check", sql`jsonb_typeof(${t.medications}) = 'array'`),
  ],
);

export type HealthProfileRow = typeof healthProfiles.$inferSelect;
export type NewHealthProfileRow = typeof healthProfiles.$inferInsert;
