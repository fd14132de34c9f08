import "server-only";
import { and, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { healthRecords } from "@/db/schema";
import { notFound } from "@/lib/access/owner";
import type { Door } from "@/lib/access/read-audit";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { enforceRateLimit } from "@/lib/rate-limit";
import { deleteFilesQuietly, getStorage, newStorageKey, sniffFileType } from "@/lib/storage";
import type { UploadedFile } from "@/lib/storage/multipart";
import { isUuid } from "@/lib/validation/ids";
import { toHealthRecordDto } from "./mappers";
import { healthRecordColumns } from "./queries";
import {
  maxRecordFileBytes,
  type CreateHealthRecordInput,
  type HealthRecordDto,
  type UpdateHealthRecordInput,
} from "./schemas";

/**
 * Counts one upload against the user's hourly allowance (429 past it). The API route calls it
 * before it reads the body; `createHealthRecord` calls it unless told it was already counted.
 */
export async function countRecordUpload(actor: Actor): Promise<void> {
  await enforceRateLimit("record_upload", String(actor.userId));
}

/** The file's type by its bytes: 413 over 10 MB, 422 when empty, 415 unless PDF/JPEG/PNG/WebP. */
export function checkRecordFile(file: Pick<UploadedFile, "bytes" | "size">) {
  const size = Math.max(file.size, file.bytes.byteLength);
  if (size > maxRecordFileBytes)
    throw new AppError("payload_too_large", "The file may be at most 10 MB.");
  if (size === 0) {
    throw new AppError("validation_failed", "The file is empty.", {
      errors: [{ path: "file", message: "is empty" }],
    });
  }
  const type = sniffFileType(file.bytes);
  if (!type) {
    throw new AppError(
      "unsupported_media_type",
      "The file must be a PDF or a JPEG, PNG or WebP image.",
    );
  }
  return type;
}

/**
 * Files a new record of mine with its document. The type is decided by the bytes (a PNG named
 * .pdf is stored as a PNG). The file is stored first and the row inserted after; if the insert
 * fails the file is deleted again, so nothing is orphaned or lost.
 */
export async function createHealthRecord(
  actor: Actor,
  input: CreateHealthRecordInput,
  file: UploadedFile,
  opts: { door?: Door; alreadyCounted?: boolean } = {},
): Promise<HealthRecordDto> {
  if (!opts.alreadyCounted) await countRecordUpload(actor);
  const type = checkRecordFile(file);
  const key = newStorageKey("records", type);
  await getStorage().putFile({ key, bytes: file.bytes, contentType: type });
  try {
    const [row] = await db
      .insert(healthRecords)
      .values({
        userId: actor.userId,
        recordType: input.recordType,
        title: input.title,
        description: input.description ?? null,
        documentDate: input.documentDate ?? null,
        doctorName: input.doctorName ?? null,
        hospitalName: input.hospitalName ?? null,
        fileKey: key,
        mimeType: type,
        sizeBytes: file.bytes.byteLength,
        source: "upload",
      })
      .returning(healthRecordColumns);
    return toHealthRecordDto(row!, actor.userId, opts.door ?? "page");
  } catch (err) {
    await deleteFilesQuietly([key]);
    throw err;
  }
}

/** Changes a record's metadata (never its file); the owner only, anyone else gets not_found. */
export async function updateHealthRecord(
  actor: Actor,
  id: string,
  input: UpdateHealthRecordInput,
  opts: { door?: Door } = {},
): Promise<HealthRecordDto> {
  if (!isUuid(id)) throw notFound("record");
  const changes = Object.fromEntries(
    Object.entries({
      title: input.title,
      recordType: input.recordType,
      documentDate: input.documentDate,
      description: input.description,
      doctorName: input.doctorName,
      hospitalName: input.hospitalName,
    }).filter(([, v]) => v !== undefined),
  );
  const [row] = await db
    .update(healthRecords)
    .set({ ...changes, updatedAt: new Date() })
    .where(and(eq(healthRecords.uuid, id), eq(healthRecords.userId, actor.userId)))
    .returning(healthRecordColumns);
  if (!row) throw notFound("record");
  return toHealthRecordDto(row, actor.userId, opts.door ?? "page");
}

/**
 * Deletes a record of mine: the row (its share items go with it; the access log keeps the title)
 * in one statement, then the stored file. Anyone else's is not_found.
 */
export async function deleteHealthRecord(actor: Actor, id: string): Promise<void> {
  if (!isUuid(id)) throw notFound("record");
  const [row] = await db
    .delete(healthRecords)
    .where(and(eq(healthRecords.uuid, id), eq(healthRecords.userId, actor.userId)))
    .returning({ fileKey: healthRecords.fileKey });
  if (!row) throw notFound("record");
  await deleteFilesQuietly([row.fileKey]);
}
