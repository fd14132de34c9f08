import { sql } from "drizzle-orm";
import {
  check,
  date,
  index,
  integer,
  pgEnum,
  pgSequence,
  pgTable,
  text,
  uniqueIndex,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";
import { emptyTextArray, id, publicId, timestamps, timestamptz } from "./_columns";
import { appointments } from "./appointments";
import { doctors } from "./doctors";
import { healthRecords } from "./health-records";
import { users } from "./users";

/** Numbers prescriptions: RX-<year>-<six digits of this sequence> (lib/prescriptions). */
export const prescriptionNumberSeq = pgSequence("prescription_number_seq");

export const prescriptionStatuses = ["draft", "issued", "dispensed"] as const;
export type PrescriptionStatus = (typeof prescriptionStatuses)[number];
export const prescriptionStatusEnum = pgEnum("prescription_status", prescriptionStatuses);

/** E-prescription; one per consultation. Lines are in `prescription_items`. */
export const prescriptions = pgTable(
  "prescriptions",
  {
    id: id(),
    uuid: publicId(),
    /** Human readable, e.g. RX-2026-000123. */
    prescriptionNumber: text().notNull().unique("prescriptions_prescription_number_uniq"),
    appointmentId: integer().references(() => appointments.id, { onDelete: "restrict" }),
    /**
     * The issued prescription this one corrects. Issued prescriptions never change: a correction is
     * a new row pointing at the one it replaces, and each is replaced at most once (a chain).
     */
    replacesId: integer()
      .unique("prescriptions_replaces_id_uniq")
      .references((): AnyPgColumn => prescriptions.id, { onDelete: "restrict" }),
    patientId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    doctorId: integer()
      .notNull()
      .references(() => doctors.id, { onDelete: "restrict" }),
    diagnosis: text().notNull(),
    symptoms: text(),
    specialInstructions: text(),
    testsRecommended: text().array().notNull().default(emptyTextArray),
    followUpDate: date(),
    status: prescriptionStatusEnum().notNull().default("draft"),
    issuedAt: timestamptz(),
    /** The PDF copy filed in the patient's records (type prescription). */
    recordId: integer().references(() => healthRecords.id, { onDelete: "set null" }),
    /** Doctor id + time + content hash, for tamper evidence. */
    signatureHash: text(),
    ...timestamps(),
  },
  (t) => [
    // One original per consultation; corrections share the appointment.
    uniqueIndex("prescriptions_appointment_original_uniq")
      .on(t.appointmentId)
      .where(sql`${t.replacesId} is null`),
    index("prescriptions_patient_created_idx").on(t.patientId, t.createdAt),
    index("prescriptions_doctor_created_idx").on(t.doctorId, t.createdAt),
    // The medical timeline reads issued prescriptions by issue time (lib/timeline).
    index("prescriptions_patient_issued_idx")
      .on(t.patientId, t.issuedAt)
      .where(sql`${t.status} <> 'draft'`),
    check("prescriptions_issued_at_check", sql`${t.status} = 'draft' or ${t.issuedAt} is not null`),
    check(
      "prescriptions_follow_up_check",
      sql`${t.followUpDate} >= ((coalesce(${t.issuedAt}, ${t.createdAt}) at time zone 'Asia/Kolkata')::date)`,
    ),
  ],
);

export type PrescriptionRow = typeof prescriptions.$inferSelect;
export type NewPrescriptionRow = typeof prescriptions.$inferInsert;
