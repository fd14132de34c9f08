import { sql } from "drizzle-orm";
import { check, index, integer, pgEnum, pgTable, text } from "drizzle-orm/pg-core";
import { id, publicId, timestamps, timestamptz } from "./_columns";
import { doctors } from "./doctors";
import { users } from "./users";

export const doctorDocumentKinds = [
  "registration_certificate",
  "degree",
  "id_proof",
  "other",
] as const;
export type DoctorDocumentKind = (typeof doctorDocumentKinds)[number];
export const doctorDocumentKindEnum = pgEnum("doctor_document_kind", doctorDocumentKinds);

export const documentStatuses = ["pending", "accepted", "rejected"] as const;
export type DocumentStatus = (typeof documentStatuses)[number];
export const documentStatusEnum = pgEnum("document_status", documentStatuses);

/** Verification evidence for admins (X2). */
export const doctorDocuments = pgTable(
  "doctor_documents",
  {
    id: id(),
    uuid: publicId(),
    doctorId: integer()
      .notNull()
      .references(() => doctors.id, { onDelete: "cascade" }),
    kind: doctorDocumentKindEnum().notNull(),
    /** Storage key (never a public URL). */
    fileKey: text().notNull(),
    fileName: text(),
    mimeType: text(),
    sizeBytes: integer(),
    status: documentStatusEnum().notNull().default("pending"),
    reviewedBy: integer().references(() => users.id, { onDelete: "set null" }),
    reviewedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    index("doctor_documents_doctor_id_idx").on(t.doctorId),
    check("doctor_documents_size_bytes_check", sql`${t.sizeBytes} >= 0`),
  ],
);

export type DoctorDocumentRow = typeof doctorDocuments.$inferSelect;
export type NewDoctorDocumentRow = typeof doctorDocuments.$inferInsert;
