import { z } from "zod";
import { doctorDocumentKinds, documentStatuses } from "@/db/schema/doctor-documents";
import { uuidSchema } from "@/lib/validation/ids";

/** The largest verification document (the contract's 10 MB). */
export const maxDoctorDocumentBytes = 10 * 1024 * 1024;
/** The multipart body carries `kind` beside the file. */
export const maxDoctorDocumentRequestBytes = maxDoctorDocumentBytes + 16 * 1024;
/** A profile holds at most this many documents (old ones can be deleted while not verified). */
export const maxDocumentsPerDoctor = 20;
/** The types a verification document may have, by its bytes. */
export const doctorDocumentTypes = ["application/pdf", "image/jpeg", "image/png"] as const;

/** The kinds of document, in the order the upload form offers them. */
export const doctorDocumentKindValues = doctorDocumentKinds;

export const doctorDocumentKindSchema = z.enum(doctorDocumentKinds, {
  error: `must be one of ${doctorDocumentKinds.join(", ")}`,
});

/** The text fields of `POST /doctors/me/documents` beside `file`. */
export const uploadDoctorDocumentSchema = z.object({
  kind: doctorDocumentKindSchema.describe(
    "registration_certificate (required for a complete application), degree, id_proof or other",
  ),
});
export type UploadDoctorDocumentInput = z.output<typeof uploadDoctorDocumentSchema>;

export const doctorDocumentIdParamsSchema = z.object({ id: uuidSchema });

/** One of my verification documents (the file itself is only opened by admins, X2). */
export const doctorDocumentSchema = z.object({
  id: z.uuid(),
  kind: z.enum(doctorDocumentKinds),
  fileName: z.string().nullable().describe("the name the file was uploaded with"),
  contentType: z.enum(doctorDocumentTypes).describe("decided by the file's bytes"),
  sizeBytes: z.number().int(),
  status: z.enum(documentStatuses).describe("the admin's review of this document"),
  createdAt: z.iso.datetime({ offset: true }),
});
export type DoctorDocumentDto = z.infer<typeof doctorDocumentSchema>;
