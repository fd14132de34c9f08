import { sql } from "drizzle-orm";
import { check, date, index, integer, pgTable, text } from "drizzle-orm/pg-core";
import { id, publicId, timestamps } from "./_columns";
import { doctors } from "./doctors";

/** Whole days off, inclusive of both ends. */
export const doctorTimeOff = pgTable(
  "doctor_time_off",
  {
    id: id(),
    uuid: publicId(),
    doctorId: integer()
      .notNull()
      .references(() => doctors.id, { onDelete: "cascade" }),
    startsOn: date().notNull(),
    endsOn: date().notNull(),
    reason: text(),
    ...timestamps(),
  },
  (t) => [
    index("doctor_time_off_doctor_starts_idx").on(t.doctorId, t.startsOn),
    check("doctor_time_off_range_check", sql`${t.endsOn} >= ${t.startsOn}`),
  ],
);

export type DoctorTimeOffRow = typeof doctorTimeOff.$inferSelect;
export type NewDoctorTimeOffRow = typeof doctorTimeOff.$inferInsert;
