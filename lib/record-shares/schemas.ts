import { z } from "zod";
import { recordSharePurposes, recordShareScopes } from "@/db/schema/record-shares";
import { recordAccessActions, recordAccessDoors } from "@/db/schema/record-access-log";
import { paginationSchema } from "@/lib/api/pagination";
import { uuidSchema } from "@/lib/validation/ids";

export const defaultShareDays = 7;
export const maxShareDays = 90;
const dayMs = 86_400_000;

/**
 * POST /record-shares. Omit `recordIds` to share all my records (those added later too). Omit
 * `expiresAt` for 7 days; it must be in the future and at most 90 days away.
 */
export const createRecordShareSchema = z.object({
  doctorId: uuidSchema,
  /** The appointment with that doctor the consent is for; my latest one with them when omitted. */
  appointmentId: uuidSchema.optional(),
  recordIds: z.array(uuidSchema).min(1).max(500).optional(),
  purpose: z.enum(recordSharePurposes).default("consultation"),
  expiresAt: z.iso
    .datetime({ offset: true })
    .optional()
    .refine((v) => v === undefined || Date.parse(v) > Date.now(), "must be in the future")
    .refine(
      (v) => v === undefined || Date.parse(v) <= Date.now() + maxShareDays * dayMs + 60_000,
      `must be at most ${maxShareDays} days away`,
    ),
});
export type CreateRecordShareInput = z.infer<typeof createRecordShareSchema>;

/** GET /record-shares: mine as the patient, or `as=doctor` those shared with me. */
export const listRecordSharesQuerySchema = paginationSchema.extend({
  as: z.enum(["patient", "doctor"]).default("patient"),
});
export type ListRecordSharesQuery = z.infer<typeof listRecordSharesQuerySchema>;

export const recordShareStatuses = ["live", "expired", "revoked"] as const;

export const recordShareSchema = z.object({
  id: z.uuid(),
  doctor: z.object({ id: z.uuid(), name: z.string(), specialty: z.string().nullable() }),
  patient: z.object({ id: z.uuid(), name: z.string() }),
  appointmentId: z.uuid().nullable(),
  scope: z.enum(recordShareScopes),
  purpose: z.enum(recordSharePurposes),
  /** The chosen records (scope `selected`); null for all. */
  records: z.array(z.object({ id: z.uuid(), title: z.string() })).nullable(),
  status: z.enum(recordShareStatuses),
  expiresAt: z.string(),
  revokedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type RecordShareDto = z.infer<typeof recordShareSchema>;

export const recordShareIdParamsSchema = z.object({ id: uuidSchema });

/** GET /users/me/access-log: who read my health data, newest first. */
export const listAccessLogQuerySchema = paginationSchema;

export const accessLogEntrySchema = z.object({
  id: z.uuid(),
  /** Null once the record is deleted (the title snapshot stays). */
  recordId: z.uuid().nullable(),
  title: z.string(),
  reader: z.object({ name: z.string(), role: z.enum(["patient", "doctor", "admin"]) }).nullable(),
  action: z.enum(recordAccessActions),
  door: z.enum(recordAccessDoors),
  reason: z.string().nullable(),
  at: z.string(),
});
export type AccessLogEntryDto = z.infer<typeof accessLogEntrySchema>;
