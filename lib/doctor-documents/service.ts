import "server-only";
import { and, count, desc, eq } from "drizzle-orm";
import { db, type Queryable } from "@/db/client";
import { doctorDocuments, doctors } from "@/db/schema";
import { foundOr, notFound } from "@/lib/access/owner";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { enforceRateLimit } from "@/lib/rate-limit";
import { deleteFilesQuietly, getStorage, newStorageKey, sniffFileType } from "@/lib/storage";
import type { UploadedFile } from "@/lib/storage/multipart";
import { isUuid } from "@/lib/validation/ids";
import { displayFileName, toDoctorDocumentDto } from "./mappers";
import {
  doctorDocumentTypes,
  maxDoctorDocumentBytes,
  maxDocumentsPerDoctor,
  type DoctorDocumentDto,
  type UploadDoctorDocumentInput,
} from "./schemas";

const documentColumns = {
  uuid: doctorDocuments.uuid,
  kind: doctorDocuments.kind,
  fileName: doctorDocuments.fileName,
  mimeType: doctorDocuments.mimeType,
  sizeBytes: doctorDocuments.sizeBytes,
  status: doctorDocuments.status,
  createdAt: doctorDocuments.createdAt,
};

/** The actor's own doctor profile (id and status); 404 for anyone without one. */
async function ownDoctor(on: Queryable, actor: Actor, lock = false) {
  const query = on
    .select({ id: doctors.id, status: doctors.verificationStatus })
    .from(doctors)
    .where(eq(doctors.userId, actor.userId))
    .limit(1);
  const [row] = lock ? await query.for("update") : await query;
  return foundOr(row, "doctor");
}

/** Counts one upload against the hourly allowance (429 past it); the route calls it first. */
export async function countDoctorDocumentUpload(actor: Actor): Promise<void> {
  await enforceRateLimit("doctor_document_upload", String(actor.userId));
}

/** The file's type by its bytes: 413 over 10 MB, 422 when empty, 415 unless PDF/JPEG/PNG. */
export function checkDoctorDocumentFile(file: Pick<UploadedFile, "bytes" | "size">) {
  const size = Math.max(file.size, file.bytes.byteLength);
  if (size > maxDoctorDocumentBytes) {
    throw new AppError("payload_too_large", "The file may be at most 10 MB.");
  }
  if (size === 0) {
    throw new AppError("validation_failed", "The file is empty.", {
      errors: [{ path: "file", message: "is empty" }],
    });
  }
  const type = sniffFileType(file.bytes);
  if (!type || !(doctorDocumentTypes as readonly string[]).includes(type)) {
    throw new AppError("unsupported_media_type", "The file must be a PDF or a JPEG or PNG image.");
  }
  return type;
}

/**
 * Adds a verification document to my doctor profile (404 without one). The bytes decide the type
 * (a PNG named .pdf is stored as a PNG); the file is private (admins open it, X2). Stored first,
 * row inserted after; a failed insert deletes the file again.
 */
export async function uploadDoctorDocument(
  actor: Actor,
  input: UploadDoctorDocumentInput,
  file: UploadedFile,
  opts: { alreadyCounted?: boolean } = {},
): Promise<DoctorDocumentDto> {
  if (!opts.alreadyCounted) await countDoctorDocumentUpload(actor);
  const doctor = await ownDoctor(db, actor);
  const type = checkDoctorDocumentFile(file);
  const key = newStorageKey("doctor-documents", type);
  await getStorage().putFile({ key, bytes: file.bytes, contentType: type });
  try {
    return await db.transaction(async (tx) => {
      await ownDoctor(tx, actor, true); // serialises uploads of one doctor for the cap below
      const [{ n }] = (await tx
        .select({ n: count() })
        .from(doctorDocuments)
        .where(eq(doctorDocuments.doctorId, doctor.id))) as [{ n: number }];
      if (Number(n) >= maxDocumentsPerDoctor) {
        throw new AppError(
          "conflict",
          `A profile holds at most ${maxDocumentsPerDoctor} documents: delete one first.`,
        );
      }
      const [row] = await tx
        .insert(doctorDocuments)
        .values({
          doctorId: doctor.id,
          kind: input.kind,
          fileKey: key,
          fileName: displayFileName(file.name),
          mimeType: type,
          sizeBytes: file.bytes.byteLength,
        })
        .returning(documentColumns);
      return toDoctorDocumentDto(row!);
    });
  } catch (err) {
    await deleteFilesQuietly([key]);
    throw err;
  }
}

/** My verification documents, newest first (404 without a doctor profile). */
export async function listMyDoctorDocuments(actor: Actor): Promise<DoctorDocumentDto[]> {
  const doctor = await ownDoctor(db, actor);
  const rows = await db
    .select(documentColumns)
    .from(doctorDocuments)
    .where(eq(doctorDocuments.doctorId, doctor.id))
    .orderBy(desc(doctorDocuments.createdAt), desc(doctorDocuments.id));
  return rows.map(toDoctorDocumentDto);
}

/**
 * Deletes one of my documents and its file while my profile is not verified (then 409: the
 * evidence an admin verified stays). Someone else's document, or an unknown id, is 404.
 */
export async function deleteMyDoctorDocument(actor: Actor, id: string): Promise<void> {
  if (!isUuid(id)) throw notFound("document");
  const fileKey = await db.transaction(async (tx) => {
    const doctor = await ownDoctor(tx, actor, true);
    const [row] = await tx
      .select({ id: doctorDocuments.id, fileKey: doctorDocuments.fileKey })
      .from(doctorDocuments)
      .where(and(eq(doctorDocuments.uuid, id), eq(doctorDocuments.doctorId, doctor.id)))
      .limit(1);
    const document = foundOr(row, "document");
    if (doctor.status === "verified") {
      throw new AppError(
        "conflict",
        "Documents of a verified profile cannot be deleted: they are the evidence it was verified on.",
      );
    }
    await tx.delete(doctorDocuments).where(eq(doctorDocuments.id, document.id));
    return document.fileKey;
  });
  await deleteFilesQuietly([fileKey]);
}
