import { sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  smallint,
  text,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";
import { emptyTextArray, id, publicId, timestamps, timestamptz } from "./_columns";
import { genderEnum } from "./_enums";
import { appointments } from "./appointments";
import { doctorSpecialtyEnum } from "./doctors";
import { users } from "./users";

export const symptomSeverities = ["self_care", "see_doctor", "urgent", "emergency"] as const;
export type SymptomSeverity = (typeof symptomSeverities)[number];
export const symptomSeverityEnum = pgEnum("symptom_severity", symptomSeverities);

export const symptomCheckStatuses = ["in_progress", "completed", "booked"] as const;
export type SymptomCheckStatus = (typeof symptomCheckStatuses)[number];
export const symptomCheckStatusEnum = pgEnum("symptom_check_status", symptomCheckStatuses);

/** One follow-up question of a check, with the answer once given. */
export interface SymptomFollowUp {
  id: string;
  question: string;
  options: string[];
  answer?: string | null;
}

export interface PossibleCondition {
  name: string;
  likelihood: string;
}

export const symptomChecks = pgTable(
  "symptom_checks",
  {
    id: id(),
    uuid: publicId(),
    /** Null for signed-out use (kept only until finished, never in anyone's history). */
    userId: integer().references(() => users.id, { onDelete: "cascade" }),
    symptoms: text().array().notNull().default(emptyTextArray),
    freeText: text(),
    age: smallint(),
    sex: genderEnum(),
    durationDays: smallint(),
    followUp: jsonb()
      .$type<SymptomFollowUp[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    severity: symptomSeverityEnum(),
    possibleConditions: jsonb().$type<PossibleCondition[]>(),
    recommendedSpecialty: doctorSpecialtyEnum(),
    summary: text(),
    advice: text().array().notNull().default(emptyTextArray),
    redFlags: text().array().notNull().default(emptyTextArray),
    /** Where it hurts, when the person picked an area (lib/triage body areas). */
    bodyArea: text(),
    /** The language the check was made in; its questions and assessment texts are in it. */
    locale: text().notNull().default("en"),
    /** The triage rules version that judged this check (lib/triage RULES_VERSION). */
    rulesVersion: text(),
    status: symptomCheckStatusEnum().notNull().default("in_progress"),
    completedAt: timestamptz(),
    appointmentId: integer().references((): AnyPgColumn => appointments.id, {
      onDelete: "set null",
    }),
    ...timestamps(),
  },
  (t) => [
    index("symptom_checks_user_created_idx").on(t.userId, t.createdAt),
    index("symptom_checks_appointment_id_idx").on(t.appointmentId),
    check("symptom_checks_age_check", sql`${t.age} between 0 and 130`),
    check("symptom_checks_duration_days_check", sql`${t.durationDays} >= 0`),
    check("symptom_checks_locale_check", sql`${t.locale} in ('en', 'hi')`),
    check(
      "symptom_checks_completed_has_rules_version",
      sql`${t.status} = 'in_progress' or ${t.rulesVersion} is not null`,
    ),
    // Signed-out checks are deleted once finished, so the guest sweep reads them by age.
    index("symptom_checks_guest_created_idx")
      .on(t.createdAt)
      .where(sql`${t.userId} is null`),
    check(
      "symptom_checks_completed_has_severity",
      sql`${t.status} = 'in_progress' or ${t.severity} is not null`,
    ),
  ],
);

export type SymptomCheckRow = typeof symptomChecks.$inferSelect;
export type NewSymptomCheckRow = typeof symptomChecks.$inferInsert;
