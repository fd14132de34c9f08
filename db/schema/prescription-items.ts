import { sql } from "drizzle-orm";
import { check, index, integer, pgEnum, pgTable, smallint, text } from "drizzle-orm/pg-core";
import { id, publicId, timestamps } from "./_columns";
import { medicines } from "./medicines";
import { prescriptions } from "./prescriptions";

export const doseFrequencies = [
  "once_daily",
  "twice_daily",
  "thrice_daily",
  "every_6h",
  "before_meals",
  "after_meals",
  "at_bedtime",
] as const;
export type DoseFrequency = (typeof doseFrequencies)[number];
export const doseFrequencyEnum = pgEnum("dose_frequency", doseFrequencies);

export const prescriptionItems = pgTable(
  "prescription_items",
  {
    id: id(),
    uuid: publicId(),
    prescriptionId: integer()
      .notNull()
      .references(() => prescriptions.id, { onDelete: "cascade" }),
    medicineId: integer().references(() => medicines.id, { onDelete: "set null" }),
    nameSnapshot: text().notNull(),
    /** "500 mg" */
    dosage: text().notNull(),
    frequency: doseFrequencyEnum().notNull(),
    /** "5 days", "1 month" */
    duration: text().notNull(),
    /** The same duration in days (a month is 30), as the API takes it. */
    durationDays: smallint(),
    quantity: integer().notNull().default(1),
    instructions: text(),
    ...timestamps(),
  },
  (t) => [
    index("prescription_items_prescription_id_idx").on(t.prescriptionId),
    index("prescription_items_medicine_id_idx").on(t.medicineId),
    check("prescription_items_quantity_check", sql`${t.quantity} >= 1`),
    check("prescription_items_duration_days_check", sql`${t.durationDays} between 1 and 365`),
  ],
);

export type PrescriptionItemRow = typeof prescriptionItems.$inferSelect;
export type NewPrescriptionItemRow = typeof prescriptionItems.$inferInsert;
