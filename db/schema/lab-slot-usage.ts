import { sql } from "drizzle-orm";
import { check, date, pgTable, primaryKey, smallint, text, time } from "drizzle-orm/pg-core";
import { timestamps } from "./_columns";

/**
 * Home-collection capacity: one row per (day, slot, area), created on first booking with the
 * capacity then in force. A booking takes a place with one conditional upsert
 * (`booked = booked + 1 where booked < capacity`), a cancellation gives it back, so two patients
 * racing for the last place settle in the database. `area` is the pincode's first three digits
 * (the sorting district a phlebotomist covers).
 */
export const labSlotUsage = pgTable(
  "lab_slot_usage",
  {
    date: date().notNull(),
    timeSlot: time().notNull(),
    area: text().notNull(),
    capacity: smallint().notNull(),
    booked: smallint().notNull().default(0),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ name: "lab_slot_usage_pk", columns: [t.date, t.timeSlot, t.area] }),
    check("lab_slot_usage_booked_check", sql`${t.booked} between 0 and ${t.capacity}`),
    check("lab_slot_usage_area_check", sql`${t.area} ~ '^[0-9]{3}$'`),
  ],
);

export type LabSlotUsageRow = typeof labSlotUsage.$inferSelect;
