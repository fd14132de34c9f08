import { sql } from "drizzle-orm";
import {
  check,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  smallint,
  text,
  time,
  uniqueIndex,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";
import { id, money, publicId, timestamps, timestamptz } from "./_columns";
import { paymentStatusEnum } from "./_enums";
import { doctors } from "./doctors";
import { symptomChecks } from "./symptom-checks";
import { users } from "./users";

export const consultationTypes = ["online", "offline"] as const;
export type ConsultationType = (typeof consultationTypes)[number];
export const consultationTypeEnum = pgEnum("consultation_type", consultationTypes);

/**
 * pending -> confirmed | rejected; confirmed -> completed | no_show; pending/confirmed -> cancelled,
 * or -> rescheduled when the patient moved it (the new appointment's rescheduled_from_id is this one);
 * pending -> expired when the doctor did not answer before the request's deadline (the slot frees).
 */
export const appointmentStatuses = [
  "pending",
  "confirmed",
  "rejected",
  "completed",
  "cancelled",
  "no_show",
  "rescheduled",
  "expired",
] as const;
export type AppointmentStatus = (typeof appointmentStatuses)[number];
export const appointmentStatusEnum = pgEnum("appointment_status", appointmentStatuses);

/** Statuses that hold a slot. Must match the predicates of the two partial unique indexes below. */
export const liveAppointmentStatuses = [
  "pending",
  "confirmed",
] as const satisfies readonly AppointmentStatus[];

export const appointments = pgTable(
  "appointments",
  {
    id: id(),
    uuid: publicId(),
    patientId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    doctorId: integer()
      .notNull()
      .references(() => doctors.id, { onDelete: "restrict" }),
    /** Clinic-local date and start time (the doctor's timezone, Asia/Kolkata by default). */
    date: date().notNull(),
    time: time().notNull(),
    /** Slot length at booking time, so later template edits do not change past appointments. */
    durationMinutes: smallint().notNull().default(30),
    consultationType: consultationTypeEnum().notNull(),
    status: appointmentStatusEnum().notNull().default("pending"),
    symptoms: text(),
    chiefComplaint: text(),
    symptomCheckId: integer().references((): AnyPgColumn => symptomChecks.id, {
      onDelete: "set null",
    }),
    /** Copied from the doctor's fee for the chosen consultation type by the server. */
    fee: money().notNull(),
    paymentStatus: paymentStatusEnum().notNull().default("pending"),
    cancelReason: text(),
    cancelledAt: timestamptz(),
    cancelledBy: integer().references(() => users.id, { onDelete: "set null" }),
    rejectionReason: text(),
    doctorNotes: text(),
    confirmedAt: timestamptz(),
    completedAt: timestamptz(),
    /** Set when the day-before reminder was claimed for sending (so it goes out once). */
    reminderSentAt: timestamptz(),
    /** The appointment this one replaced (that one is `rescheduled`); at most one successor each. */
    rescheduledFromId: integer().references((): AnyPgColumn => appointments.id, {
      onDelete: "set null",
    }),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex("appointments_doctor_slot_live_uniq")
      .on(t.doctorId, t.date, t.time)
      .where(sql`${t.status} in ('pending', 'confirmed')`),
    uniqueIndex("appointments_patient_slot_live_uniq")
      .on(t.patientId, t.date, t.time)
      .where(sql`${t.status} in ('pending', 'confirmed')`),
    index("appointments_patient_date_idx").on(t.patientId, t.date),
    // The medical timeline's order: the clinic-local start as an instant (lib/timeline).
    index("appointments_patient_at_idx").on(
      t.patientId,
      sql`((${t.date} + ${t.time}) at time zone 'Asia/Kolkata')`,
    ),
    index("appointments_doctor_date_idx").on(t.doctorId, t.date),
    index("appointments_symptom_check_id_idx").on(t.symptomCheckId),
    uniqueIndex("appointments_rescheduled_from_id_uniq").on(t.rescheduledFromId),
    check("appointments_fee_check", sql`${t.fee} >= 0`),
    check("appointments_duration_check", sql`${t.durationMinutes} between 10 and 60`),
    check(
      "appointments_rejection_reason_check",
      sql`${t.status} <> 'rejected' or ${t.rejectionReason} is not null`,
    ),
  ],
);

export type AppointmentRow = typeof appointments.$inferSelect;
export type NewAppointmentRow = typeof appointments.$inferInsert;
