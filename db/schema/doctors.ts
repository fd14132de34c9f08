import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  pgEnum,
  pgSequence,
  pgTable,
  smallint,
  text,
} from "drizzle-orm/pg-core";
import {
  emptyTextArray,
  id,
  money,
  publicId,
  ratingAverage,
  timestamps,
  timestamptz,
} from "./_columns";
import { genderEnum } from "./_enums";
import { facilities } from "./facilities";
import { users } from "./users";

export const doctorSpecialties = [
  "general_physician",
  "cardiologist",
  "dermatologist",
  "pediatrician",
  "orthopedic",
  "gynecologist",
  "ent",
  "neurologist",
  "gastroenterologist",
  "psychiatrist",
  "ophthalmologist",
  "dentist",
  "pulmonologist",
  "endocrinologist",
  "urologist",
  "ayurveda",
  "homeopathy",
] as const;
export type DoctorSpecialty = (typeof doctorSpecialties)[number];
export const doctorSpecialtyEnum = pgEnum("doctor_specialty", doctorSpecialties);

export const verificationStatuses = ["pending", "verified", "rejected"] as const;
export type VerificationStatus = (typeof verificationStatuses)[number];
export const verificationStatusEnum = pgEnum("verification_status", verificationStatuses);

const listed = sql`verification_status = 'verified'`;

/**
 * Bumped (by statement triggers, migration 0003) whenever a change could alter the public doctor
 * list: any write to doctors, a clinic's name or city, a user's name or deletion. The list caches
 * its totals per filter against this number.
 */
export const doctorListVersion = pgSequence("doctor_list_version");

/** A doctor profile of a user. Listed publicly and bookable only when `verification_status = 'verified'`. */
export const doctors = pgTable(
  "doctors",
  {
    id: id(),
    uuid: publicId(),
    userId: integer()
      .notNull()
      .unique("doctors_user_id_uniq")
      .references(() => users.id, { onDelete: "cascade" }),
    specialty: doctorSpecialtyEnum().notNull(),
    qualification: text().notNull(),
    /** NMC / state council registration number. */
    licenseNumber: text().notNull().unique("doctors_license_number_uniq"),
    /** The council that registered them: "NMC" or a state medical council (lib/doctors/councils). */
    registrationCouncil: text(),
    experienceYears: smallint().notNull().default(0),
    /** Shown on the card; patients may filter by it. */
    gender: genderEnum(),
    feeOnline: money(),
    feeOffline: money(),
    languages: text().array().notNull().default(emptyTextArray),
    bio: text(),
    photoKey: text(),
    /** The clinic; city, address and map pin come from it. */
    facilityId: integer().references(() => facilities.id, { onDelete: "set null" }),
    /**
     * lower(clinic city), copied here by a trigger (migration 0003) so that the city filter and the
     * sort share one index; never written by the app.
     */
    cityLower: text(),
    /**
     * lower(doctor's name, clinic name, locality and city), and its words: the free-text search
     * finds doctors by their words (index below) and ranks the text typed as a whole first. Kept by
     * triggers (migration 0015); never written by the app.
     */
    searchText: text(),
    searchWords: text().array(),
    offersOnline: boolean().notNull().default(true),
    offersOffline: boolean().notNull().default(true),
    /** The doctor takes consultation fees online (through the payment provider) when one is set up. */
    acceptsOnlinePayment: boolean().notNull().default(false),
    /** IANA zone of the availability template and appointment times. */
    timezone: text().notNull().default("Asia/Kolkata"),
    /** Bookings are confirmed at once instead of waiting for the doctor's answer (D4). */
    instantConfirm: boolean().notNull().default(false),
    /** How long before a slot it stops being bookable (D3). */
    minNoticeMinutes: smallint().notNull().default(60),
    /** sha256 of the private calendar feed token (hex); null when no feed is on. */
    calendarTokenHash: text().unique("doctors_calendar_token_hash_uniq"),
    verificationStatus: verificationStatusEnum().notNull().default("pending"),
    /** When the application was (re)submitted for review: the admin queue's order. */
    submittedAt: timestamptz().notNull().defaultNow(),
    rejectionReason: text(),
    verifiedAt: timestamptz(),
    verifiedBy: integer().references(() => users.id, { onDelete: "set null" }),
    ratingAvg: ratingAverage().notNull().default("0"),
    ratingCount: integer().notNull().default(0),
    ...timestamps(),
  },
  (t) => [
    // The public list reads only verified rows, filtered by specialty and/or city and sorted by
    // rating (the default), fee or experience: one partial index per combination, in sort order,
    // so a page is an index range scan that stops after `pageSize` rows.
    index("doctors_listed_rating_idx")
      .on(t.ratingAvg.desc(), t.ratingCount.desc(), t.id)
      .where(listed),
    index("doctors_listed_specialty_rating_idx")
      .on(t.specialty, t.ratingAvg.desc(), t.ratingCount.desc(), t.id)
      .where(listed),
    index("doctors_listed_city_rating_idx")
      .on(t.cityLower, t.ratingAvg.desc(), t.ratingCount.desc(), t.id)
      .where(listed),
    index("doctors_listed_specialty_city_rating_idx")
      .on(t.specialty, t.cityLower, t.ratingAvg.desc(), t.ratingCount.desc(), t.id)
      .where(listed),
    index("doctors_listed_fee_idx")
      .on(sql`least(${t.feeOnline}, ${t.feeOffline})`, t.ratingAvg.desc(), t.id)
      .where(listed),
    index("doctors_listed_experience_idx")
      .on(t.experienceYears.desc(), t.ratingAvg.desc(), t.id)
      .where(listed),
    // Free text: the doctors having any of the words a search word is close to.
    index("doctors_listed_search_words_idx").using("gin", t.searchWords).where(listed),
    index("doctors_verification_status_idx").on(t.verificationStatus),
    index("doctors_facility_id_idx").on(t.facilityId),
    index("doctors_languages_idx").using("gin", t.languages),
    check("doctors_experience_years_check", sql`${t.experienceYears} between 0 and 80`),
    check("doctors_fee_online_check", sql`${t.feeOnline} >= 0`),
    check("doctors_fee_offline_check", sql`${t.feeOffline} >= 0`),
    check("doctors_online_fee_required", sql`not ${t.offersOnline} or ${t.feeOnline} is not null`),
    check(
      "doctors_offline_fee_required",
      sql`not ${t.offersOffline} or ${t.feeOffline} is not null`,
    ),
    check("doctors_offers_a_mode", sql`${t.offersOnline} or ${t.offersOffline}`),
    check("doctors_min_notice_check", sql`${t.minNoticeMinutes} between 0 and 10080`),
    check("doctors_rating_avg_check", sql`${t.ratingAvg} between 0 and 5`),
    check("doctors_rating_count_check", sql`${t.ratingCount} >= 0`),
    check(
      "doctors_rejection_reason_check",
      sql`${t.verificationStatus} <> 'rejected' or ${t.rejectionReason} is not null`,
    ),
  ],
);

export type DoctorRow = typeof doctors.$inferSelect;
export type NewDoctorRow = typeof doctors.$inferInsert;
