import { z } from "zod";
import { healthRecordSources, healthRecordTypes } from "@/db/schema/health-records";
import { paginationSchema } from "@/lib/api/pagination";
import { clearableText, text } from "@/lib/validation/fields";
import { uuidSchema } from "@/lib/validation/ids";

/** The largest file a record may hold (the contract's 10 MB). */
export const maxRecordFileBytes = 10 * 1024 * 1024;
/** The multipart body may carry the metadata fields beside the file. */
export const maxRecordRequestBytes = maxRecordFileBytes + 64 * 1024;

export const recordTypeSchema = z.enum(healthRecordTypes);
export type RecordType = z.infer<typeof recordTypeSchema>;

/** "YYYY-MM-DD", a real day, not in the future (India's calendar); "" or null clears it. */
export const documentDateSchema = z
  .string()
  .max(10, "must be a date as YYYY-MM-DD")
  .nullable()
  .transform((value, ctx) => {
    if (value === null || value.trim() === "") return null;
    const v = value.trim();
    const problem = documentDateProblem(v, todayIso());
    if (problem) {
      ctx.addIssue({ code: "custom", message: problem });
      return z.NEVER;
    }
    return v;
  })
  .describe("YYYY-MM-DD, not in the future; null or empty clears it");

function todayIso(): string {
  // India has one zone; a document dated "today" there is never refused as future.
  return new Date(Date.now() + 5.5 * 3_600_000).toISOString().slice(0, 10);
}

function documentDateProblem(value: string, today: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return "must be a date as YYYY-MM-DD";
  const [y, m, d] = value.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return "must be a real calendar date";
  if (value > today) return "must not be in the future";
  if (y < 1900) return "must be after 1900";
  return null;
}

const recordFields = {
  title: text(1, 200),
  recordType: recordTypeSchema,
  documentDate: documentDateSchema,
  description: clearableText(2000),
  doctorName: clearableText(200),
  hospitalName: clearableText(200),
};

/** The metadata sent with an upload (multipart fields beside `file`). */
export const createHealthRecordSchema = z.object({
  title: recordFields.title,
  recordType: recordFields.recordType,
  documentDate: recordFields.documentDate.optional().default(null),
  description: recordFields.description.optional().default(null),
  doctorName: recordFields.doctorName.optional().default(null),
  hospitalName: recordFields.hospitalName.optional().default(null),
});
export type CreateHealthRecordInput = z.infer<typeof createHealthRecordSchema>;

/**
 * PATCH /health-records/:id: any of the metadata; the file is never replaced (upload anew). Built
 * from the fields without their defaults: a field left out stays as it is (null clears it).
 */
export const updateHealthRecordSchema = z
  .object(recordFields)
  .partial()
  .refine((v) => Object.keys(v).length > 0, "send at least one field to change");
export type UpdateHealthRecordInput = z.infer<typeof updateHealthRecordSchema>;

/**
 * GET /health-records: mine, or with `patientId` the records a patient shares with me (a doctor).
 * `q` searches title, doctor and hospital; `year` the document date (or upload date without one).
 */
export const listHealthRecordsQuerySchema = paginationSchema.extend({
  type: recordTypeSchema.optional(),
  year: z.coerce.number().int().min(1900).max(2100).optional(),
  q: text(1, 100).optional(),
  patientId: uuidSchema.optional(),
});
export type ListHealthRecordsQuery = z.infer<typeof listHealthRecordsQuerySchema>;

export const healthRecordFileSchema = z.object({
  contentType: z.enum(["application/pdf", "image/jpeg", "image/png", "image/webp"]),
  sizeBytes: z.number().int(),
  /** Inline (preview) URL, same origin, authorized and audited like the record. */
  previewUrl: z.string(),
  /** Attachment URL (`Content-Disposition: attachment`). */
  downloadUrl: z.string(),
});

export const healthRecordSchema = z.object({
  id: z.uuid(),
  recordType: recordTypeSchema,
  title: z.string(),
  description: z.string().nullable(),
  documentDate: z.string().nullable(),
  doctorName: z.string().nullable(),
  hospitalName: z.string().nullable(),
  source: z.enum(healthRecordSources),
  file: healthRecordFileSchema.nullable(),
  abhaSynced: z.boolean(),
  /** True when the caller owns it (may edit, delete, share); false for a doctor under a share. */
  mine: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type HealthRecordDto = z.infer<typeof healthRecordSchema>;

export const healthRecordIdParamsSchema = z.object({ id: uuidSchema });
