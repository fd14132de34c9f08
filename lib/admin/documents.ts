import "server-only";
import { and, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { doctorDocuments, doctors, users } from "@/db/schema";
import { notFound } from "@/lib/access/owner";
import type { Actor } from "@/lib/auth/actor";
import type { HealthRecordFile } from "@/lib/health-records/queries";
import { getStorage } from "@/lib/storage";
import { extensionOfKey } from "@/lib/storage/keys";
import { isUuid } from "@/lib/validation/ids";
import { recordAdminAction } from "./audit";
import { requireAdmin } from "./policy";

const kindNames = {
  registration_certificate: "Registration certificate",
  degree: "Degree",
  id_proof: "ID proof",
  other: "Document",
} as const;

/**
 * A verification document of an application, for an admin: its bytes with the type sniffed at
 * upload. Every opening is written to the admin audit (`doctor_document_opened`) before the bytes
 * are returned. A document of another doctor, or whose file is gone, is not_found.
 */
export async function openDoctorDocument(
  actor: Actor,
  doctorUuid: string,
  documentUuid: string,
): Promise<HealthRecordFile> {
  requireAdmin(actor);
  if (!isUuid(doctorUuid) || !isUuid(documentUuid)) throw notFound("document");
  const [row] = await db
    .select({
      uuid: doctorDocuments.uuid,
      kind: doctorDocuments.kind,
      fileKey: doctorDocuments.fileKey,
      fileName: doctorDocuments.fileName,
      mimeType: doctorDocuments.mimeType,
      doctorName: users.fullName,
    })
    .from(doctorDocuments)
    .innerJoin(doctors, eq(doctors.id, doctorDocuments.doctorId))
    .innerJoin(users, eq(users.id, doctors.userId))
    .where(and(eq(doctorDocuments.uuid, documentUuid), eq(doctors.uuid, doctorUuid)))
    .limit(1);
  if (!row) throw notFound("document");
  const stored = await getStorage().getFile(row.fileKey);
  if (!stored) throw notFound("document");
  await recordAdminAction(db, actor, {
    action: "doctor_document_opened",
    targetType: "doctor_document",
    targetUuid: row.uuid,
    targetLabel: row.doctorName,
  });
  const ext = extensionOfKey(row.fileKey);
  const base = row.fileName?.replace(/\.[^.]*$/, "") || kindNames[row.kind];
  return {
    bytes: stored.bytes,
    contentType: row.mimeType ?? stored.contentType,
    filename: `${base}.${ext}`,
  };
}
