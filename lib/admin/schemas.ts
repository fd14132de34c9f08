import { z } from "zod";
import { adminActionKinds } from "@/db/schema/admin-actions";
import { doctorDocumentKinds } from "@/db/schema/doctor-documents";
import { verificationStatuses } from "@/db/schema/doctors";
import { userRoles } from "@/db/schema/users";
import { paginationSchema } from "@/lib/api/pagination";
import { text } from "@/lib/validation/fields";
import { uuidSchema } from "@/lib/validation/ids";

/** Why an admin rejects an application or suspends an account: shown to the person, kept in the audit. */
export const adminReasonSchema = text(3, 500);

/** POST /admin/doctors/{id}/reject. */
export const rejectDoctorSchema = z.object({ reason: adminReasonSchema });
export type RejectDoctorInput = z.infer<typeof rejectDoctorSchema>;

/** POST /admin/users/{id}/suspend. */
export const suspendUserSchema = z.object({ reason: adminReasonSchema });
export type SuspendUserInput = z.infer<typeof suspendUserSchema>;

export const adminIdParamsSchema = z.object({ id: uuidSchema });
export const adminDocumentParamsSchema = z.object({ id: uuidSchema, documentId: uuidSchema });

/** GET /admin/doctors: one queue; pending (oldest submission first) by default. */
export const listDoctorApplicationsQuerySchema = paginationSchema.extend({
  status: z.enum(verificationStatuses).default("pending"),
});
export type ListDoctorApplicationsQuery = z.infer<typeof listDoctorApplicationsQuerySchema>;

/** GET /admin/users: search by email or name (empty: everyone, newest first). */
export const listUsersQuerySchema = paginationSchema.extend({
  q: z.string().trim().max(100).optional(),
});
export type ListUsersQuery = z.infer<typeof listUsersQuerySchema>;

/** GET /admin/audit: newest first, optionally of one target. */
export const listAdminActionsQuerySchema = paginationSchema.extend({
  targetId: uuidSchema.optional(),
});
export type ListAdminActionsQuery = z.infer<typeof listAdminActionsQuerySchema>;

export const doctorDocumentSchema = z.object({
  id: z.uuid(),
  kind: z.enum(doctorDocumentKinds),
  fileName: z.string().nullable(),
  mimeType: z.string().nullable(),
  sizeBytes: z.number().int().nullable(),
  uploadedAt: z.string(),
});
export type DoctorDocumentDto = z.infer<typeof doctorDocumentSchema>;

export const adminActionSchema = z.object({
  id: z.uuid(),
  /** The admin's name at the time (kept when their account is gone). */
  adminName: z.string(),
  action: z.enum(adminActionKinds),
  targetType: z.string(),
  targetId: z.uuid(),
  /** The target's name at the time; null once that person erased their account. */
  targetLabel: z.string().nullable(),
  reason: z.string().nullable(),
  at: z.string(),
});
export type AdminActionDto = z.infer<typeof adminActionSchema>;

/** One application in a queue: what an admin checks at a glance. */
export const doctorApplicationSummarySchema = z.object({
  id: z.uuid(),
  userId: z.uuid(),
  name: z.string(),
  email: z.string(),
  specialty: z.string(),
  qualification: z.string(),
  experienceYears: z.number().int(),
  licenseNumber: z.string(),
  registrationCouncil: z.string().nullable(),
  status: z.enum(verificationStatuses),
  submittedAt: z.string(),
  verifiedAt: z.string().nullable(),
  rejectionReason: z.string().nullable(),
  documents: z.array(doctorDocumentSchema),
});
export type DoctorApplicationSummaryDto = z.infer<typeof doctorApplicationSummarySchema>;

/** One application in full, with the admin actions taken on it (newest first). */
export const doctorApplicationSchema = doctorApplicationSummarySchema.extend({
  clinic: z.object({ name: z.string(), city: z.string().nullable() }).nullable(),
  languages: z.array(z.string()),
  feeOnline: z.string().nullable(),
  feeOffline: z.string().nullable(),
  offersOnline: z.boolean(),
  offersOffline: z.boolean(),
  bio: z.string().nullable(),
  hasPhoto: z.boolean(),
  history: z.array(adminActionSchema),
});
export type DoctorApplicationDto = z.infer<typeof doctorApplicationSchema>;

export const adminUserSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  role: z.enum(userRoles),
  suspendedAt: z.string().nullable(),
  suspensionReason: z.string().nullable(),
  createdAt: z.string(),
});
export type AdminUserDto = z.infer<typeof adminUserSchema>;

/** GET /admin/overview: counts read from the tables, nothing estimated. */
export const adminOverviewSchema = z.object({
  users: z.number().int(),
  suspendedUsers: z.number().int(),
  doctors: z.object({
    pending: z.number().int(),
    verified: z.number().int(),
    rejected: z.number().int(),
  }),
  facilitiesAwaitingVerification: z.number().int(),
  activeEmergencies: z.number().int(),
});
export type AdminOverviewDto = z.infer<typeof adminOverviewSchema>;
