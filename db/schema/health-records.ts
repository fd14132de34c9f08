import { sql } from "drizzle-orm";
import { check, date, index, integer, pgEnum, pgTable, text } from "drizzle-orm/pg-core";
import { id, publicId, timestamps, timestamptz } from "./_columns";
import { users } from "./users";

export const healthRecordTypes = [
  "prescription",
  "lab_report",
  "doctor_note",
  "discharge_summary",
  "vaccination",
  "other",
] as const;
export type HealthRecordType = (typeof healthRecordTypes)[number];
export const healthRecordTypeEnum = pgEnum("health_record_type", healthRecordTypes);

export const healthRecordSources = ["upload", "prescription", "lab"] as const;
export type HealthRecordSource = (typeof healthRecordSources)[number];
export const healthRecordSourceEnum = pgEnum("health_record_source", healthRecordSources);

/** A patient's medical document; others read it only under a live record share (audited). */
export const healthRecords = pgTable(
  "health_records",
  {
    id: id(),
    uuid: publicId(),
    /** The owner (patient). */
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    recordType: healthRecordTypeEnum().notNull(),
    title: text().notNull(),
    description: text(),
    documentDate: date(),
    doctorName: text(),
    hospitalName: text(),
    /** Storage key (never a public URL); null for an entry without a file. */
    fileKey: text(),
    /** Sniffed from the bytes: application/pdf, image/jpeg, image/png, image/webp. */
    mimeType: text(),
    sizeBytes: integer(),
    source: healthRecordSourceEnum().notNull().default("upload"),
    /** Who filed it when not the owner (a doctor's prescription, a lab report by staff). */
    uploadedBy: integer().references(() => users.id, { onDelete: "set null" }),
    abhaSyncedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    index("health_records_user_type_idx").on(t.userId, t.recordType),
    index("health_records_user_created_idx").on(t.userId, t.createdAt),
    // The medical timeline's order: the document's date, else the upload (lib/timeline).
    index("health_records_user_at_idx").on(
      t.userId,
      sql`(coalesce(${t.documentDate}::timestamp at time zone 'Asia/Kolkata', ${t.createdAt}))`,
    ),
    check("health_records_size_bytes_check", sql`${t.sizeBytes} >= 0`),
    check("health_records_file_has_type", sql`${t.fileKey} is null or ${t.mimeType} is not null`),
  ],
);

export type HealthRecordRow = typeof healthRecords.$inferSelect;
export type NewHealthRecordRow = typeof healthRecords.$inferInsert;
