import "server-only";
import { and, desc, eq, ilike, isNull, or, sql, type SQL } from "drizzle-orm";
import { db, type Queryable } from "@/db/client";
import { healthRecords, users } from "@/db/schema";
import { notFound } from "@/lib/access/owner";
import { auditRead, auditReads, type Door } from "@/lib/access/read-audit";
import type { Page } from "@/lib/api/pagination";
import type { Actor } from "@/lib/auth/actor";
import { findReadGrant, readableBy, shareReason } from "@/lib/record-shares/grant";
import { getStorage } from "@/lib/storage";
import { extensionOfKey } from "@/lib/storage/keys";
import { isUuid } from "@/lib/validation/ids";
import { recordFileName, toHealthRecordDto, type HealthRecordViewRow } from "./mappers";
import type { HealthRecordDto, ListHealthRecordsQuery } from "./schemas";

export const healthRecordColumns = {
  id: healthRecords.id,
  uuid: healthRecords.uuid,
  userId: healthRecords.userId,
  recordType: healthRecords.recordType,
  title: healthRecords.title,
  description: healthRecords.description,
  documentDate: healthRecords.documentDate,
  doctorName: healthRecords.doctorName,
  hospitalName: healthRecords.hospitalName,
  fileKey: healthRecords.fileKey,
  mimeType: healthRecords.mimeType,
  sizeBytes: healthRecords.sizeBytes,
  source: healthRecords.source,
  abhaSyncedAt: healthRecords.abhaSyncedAt,
  createdAt: healthRecords.createdAt,
  updatedAt: healthRecords.updatedAt,
};

/** The day a record is filed under: its document date, else the (India) day it was uploaded. */
export const recordDay = sql`coalesce(${healthRecords.documentDate}, (${healthRecords.createdAt} at time zone 'Asia/Kolkata')::date)`;

/** Rows matching `where`, newest document first. Internal: no authorization. */
export async function loadHealthRecordRows(
  where: SQL | undefined,
  page?: { page: number; pageSize: number },
  q: Queryable = db,
): Promise<HealthRecordViewRow[]> {
  const base = q
    .select(healthRecordColumns)
    .from(healthRecords)
    .where(where)
    .orderBy(desc(recordDay), desc(healthRecords.createdAt), desc(healthRecords.id));
  return page ? base.limit(page.pageSize).offset((page.page - 1) * page.pageSize) : base;
}

/** One record the actor may read (own, or shared with them now), by public id. Internal. */
export async function loadReadableRecord(
  actor: Actor,
  id: string,
): Promise<HealthRecordViewRow | null> {
  // A malformed id names no record: not_found, like a missing one (never a database error).
  if (!isUuid(id)) return null;
  const [row] = await db
    .select(healthRecordColumns)
    .from(healthRecords)
    .where(and(eq(healthRecords.uuid, id), readableBy(actor)))
    .limit(1);
  return row ?? null;
}

/** The audit entry for a non-owner's read of `row` (the owner's own reads are not logged). */
export function auditEntryOf(
  actor: Actor,
  row: Pick<HealthRecordViewRow, "id" | "userId" | "title">,
  action: "view" | "preview" | "download",
  door: Door,
) {
  return {
    ownerId: row.userId,
    readerId: actor.userId,
    recordId: row.id,
    title: row.title,
    action,
    door,
    reason: shareReason,
  };
}

function filtersOf(query: ListHealthRecordsQuery): Array<SQL | undefined> {
  const term = query.q?.replace(/[\\%_]/g, (c) => `\\${c}`);
  return [
    query.type ? eq(healthRecords.recordType, query.type) : undefined,
    query.year ? sql`extract(year from ${recordDay}) = ${query.year}` : undefined,
    term
      ? or(
          ilike(healthRecords.title, `%${term}%`),
          ilike(healthRecords.doctorName, `%${term}%`),
          ilike(healthRecords.hospitalName, `%${term}%`),
          ilike(healthRecords.description, `%${term}%`),
        )
      : undefined,
  ];
}

/**
 * My records (type, year and text filters, newest first); with `query.patientId`, the records
 * that patient shares with me now (a doctor; each one listed is written to the patient's access
 * log as a "view"). Anyone else asking for a patient's records gets not_found.
 */
export async function listHealthRecords(
  actor: Actor,
  query: ListHealthRecordsQuery,
  opts: { door: Door },
): Promise<Page<HealthRecordDto>> {
  let ownerId = actor.userId;
  if (query.patientId && query.patientId !== actor.userUuid) {
    if (actor.doctorId === null) throw notFound("patient");
    const [patient] = await db
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.uuid, query.patientId), isNull(users.deletedAt)))
      .limit(1);
    // A patient who shares nothing with me now is answered like one who does not exist.
    if (!patient || !(await findReadGrant(actor, patient.id))) throw notFound("patient");
    ownerId = patient.id;
  }
  const where = and(readableBy(actor, ownerId), ...filtersOf(query));
  const [rows, [count]] = await Promise.all([
    loadHealthRecordRows(where, query),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(healthRecords)
      .where(where),
  ]);
  if (ownerId !== actor.userId) {
    await auditReads(rows.map((row) => auditEntryOf(actor, row, "view", opts.door)));
  }
  return {
    data: rows.map((row) => toHealthRecordDto(row, actor.userId, opts.door)),
    meta: { page: query.page, pageSize: query.pageSize, total: Number(count?.n ?? 0) },
  };
}

/** One record: mine, or shared with me now (audited as a "view"); otherwise not_found. */
export async function getHealthRecord(
  actor: Actor,
  id: string,
  opts: { door: Door },
): Promise<HealthRecordDto> {
  const row = await loadReadableRecord(actor, id);
  if (!row) throw notFound("record");
  if (row.userId !== actor.userId) await auditRead(auditEntryOf(actor, row, "view", opts.door));
  return toHealthRecordDto(row, actor.userId, opts.door);
}

export interface HealthRecordFile {
  bytes: Uint8Array;
  /** The type sniffed at upload, never what the client claimed. */
  contentType: string;
  /** The title with the stored type's extension ("Blood test.pdf"). */
  filename: string;
}

/**
 * A record's file for the actor who may read the record: inline (a "preview") or as an
 * attachment (a "download"); a non-owner's read is audited before the bytes are returned.
 * not_found for a record without a file, or whose file is gone.
 */
export async function getHealthRecordFile(
  actor: Actor,
  id: string,
  opts: { door: Door; disposition: "inline" | "attachment" },
): Promise<HealthRecordFile> {
  const row = await loadReadableRecord(actor, id);
  if (!row?.fileKey) throw notFound("record");
  const stored = await getStorage().getFile(row.fileKey);
  if (!stored) throw notFound("record");
  if (row.userId !== actor.userId) {
    const action = opts.disposition === "inline" ? "preview" : "download";
    await auditRead(auditEntryOf(actor, row, action, opts.door));
  }
  return {
    bytes: stored.bytes,
    contentType: row.mimeType ?? stored.contentType,
    filename: recordFileName(row.title, extensionOfKey(row.fileKey)),
  };
}
