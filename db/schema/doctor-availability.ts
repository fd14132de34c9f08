import { sql } from "drizzle-orm";
import { check, index, integer, pgEnum, pgTable, smallint, time } from "drizzle-orm/pg-core";
import { id, publicId, timestamps } from "./_columns";
import { doctors } from "./doctors";

export const availabilityModes = ["online", "offline", "both"] as const;
export type AvailabilityMode = (typeof availabilityModes)[number];
export const availabilityModeEnum = pgEnum("availability_mode", availabilityModes);

/**
 * Weekly template, in the doctor's timezone. Free slots = template - live appointments - time off
 * - past times. Overlapping windows of one doctor are rejected by the service, not the database.
 */
export const doctorAvailability = pgTable(
  "doctor_availability",
  {
    id: id(),
    uuid: publicId(),
    doctorId: integer()
      .notNull()
      .references(() => doctors.id, { onDelete: "cascade" }),
    /** 0 = Sunday .. 6 = Saturday (JavaScript `getDay()` / Postgres `extract(dow)`). */
    weekday: smallint().notNull(),
    startTime: time().notNull(),
    endTime: time().notNull(),
    slotMinutes: smallint().notNull().default(30),
    mode: availabilityModeEnum().notNull().default("both"),
    /** Per slot. */
    maxPatients: smallint().notNull().default(1),
    ...timestamps(),
  },
  (t) => [
    index("doctor_availability_doctor_weekday_idx").on(t.doctorId, t.weekday),
    check("doctor_availability_weekday_check", sql`${t.weekday} between 0 and 6`),
    check("doctor_availability_time_check", sql`${t.endTime} > ${t.startTime}`),
    check("doctor_availability_slot_minutes_check", sql`${t.slotMinutes} between 10 and 60`),
    check("doctor_availability_max_patients_check", sql`${t.maxPatients} >= 1`),
  ],
);

export type DoctorAvailabilityRow = typeof doctorAvailability.$inferSelect;
export type NewDoctorAvailabilityRow = typeof doctorAvailability.$inferInsert;
