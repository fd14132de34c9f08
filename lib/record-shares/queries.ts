import "server-only";
import { and, asc, desc, eq, gt, inArray, isNull, ne, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db, type Queryable } from "@/db/client";
import {
  appointments,
  doctors,
  healthRecords,
  recordAccessLog,
  recordShareItems,
  recordShares,
  users,
} from "@/db/schema";
import { notFound } from "@/lib/access/owner";
import { auditReads, type Door } from "@/lib/access/read-audit";
import { resolveTargetUser } from "@/lib/access/target-user";
import type { Page, Pagination } from "@/lib/api/pagination";
import type { Actor } from "@/lib/auth/actor";
import { toHealthRecordDto } from "@/lib/health-records/mappers";
import { auditEntryOf, loadHealthRecordRows } from "@/lib/health-records/queries";
import { isUuid } from "@/lib/validation/ids";
import type { HealthRecordDto } from "@/lib/health-records/schemas";
import { readableBy } from "./grant";
import { shareStatus } from "./policy";
import { toAccessLogEntryDto, toRecordShareDto, type RecordShareViewRow } from "./mappers";
import type { AccessLogEntryDto, ListRecordSharesQuery, RecordShareDto } from "./schemas";

const doctorUser = alias(users, "share_doctor_user");
const patientUser = alias(users, "share_patient_user");
const reader = alias(users, "reader");

const shareColumns = {
  id: recordShares.id,
  uuid: recordShares.uuid,
  ownerId: recordShares.ownerId,
  doctorId: recordShares.doctorId,
  doctorUuid: doctors.uuid,
  doctorName: doctorUser.fullName,
  doctorSpecialty: doctors.specialty,
  patientUuid: patientUser.uuid,
  patientName: patientUser.fullName,
  appointmentUuid: appointments.uuid,
  scope: recordShares.scope,
  purpose: recordShares.purpose,
  expiresAt: recordShares.expiresAt,
  revokedAt: recordShares.revokedAt,
  createdAt: recordShares.createdAt,
};

/** A share is live while it is not revoked and has not expired (the SQL of `shareStatus`). */
export const liveShare = () =>
  and(isNull(recordShares.revokedAt), gt(recordShares.expiresAt, sql`now()`))!;

function selectShares(q: Queryable, where: SQL | undefined) {
  return q
    .select(shareColumns)
    .from(recordShares)
    .innerJoin(doctors, eq(doctors.id, recordShares.doctorId))
    .innerJoin(doctorUser, eq(doctorUser.id, doctors.userId))
    .innerJoin(patientUser, eq(patientUser.id, recordShares.ownerId))
    .leftJoin(appointments, eq(appointments.id, recordShares.appointmentId))
    .where(where);
}

/** The DTOs of share rows, with the chosen records of `selected` ones. Internal: no authorization. */
export async function toShareDtos(
  rows: RecordShareViewRow[],
  q: Queryable = db,
): Promise<RecordShareDto[]> {
  const selected = rows.filter((r) => r.scope === "selected").map((r) => r.id);
  const items = selected.length
    ? await q
        .select({
          shareId: recordShareItems.shareId,
          id: healthRecords.uuid,
          title: healthRecords.title,
        })
        .from(recordShareItems)
        .innerJoin(healthRecords, eq(healthRecords.id, recordShareItems.recordId))
        .where(inArray(recordShareItems.shareId, selected))
        .orderBy(asc(healthRecords.title))
    : [];
  const now = new Date();
  return rows.map((row) =>
    toRecordShareDto(
      row,
      items.filter((i) => i.shareId === row.id).map(({ id, title }) => ({ id, title })),
      now,
    ),
  );
}

/** One share by internal id, as its DTO. Internal: no authorization. */
export async function loadShareDto(id: number, q: Queryable = db): Promise<RecordShareDto> {
  const rows = await selectShares(q, eq(recordShares.id, id)).limit(1);
  const [dto] = await toShareDtos(rows, q);
  if (!dto) throw notFound("share");
  return dto;
}

/**
 * My shares as the patient (every state; live ones first, then newest first), or with `as=doctor` the live shares
 * patients have given me (a doctor; anyone else has none).
 */
export async function listRecordShares(
  actor: Actor,
  query: ListRecordSharesQuery,
): Promise<Page<RecordShareDto>> {
  let where: SQL;
  if (query.as === "doctor") {
    if (actor.doctorId === null) {
      return { data: [], meta: { page: query.page, pageSize: query.pageSize, total: 0 } };
    }
    where = and(eq(recordShares.doctorId, actor.doctorId), liveShare())!;
  } else {
    where = eq(recordShares.ownerId, actor.userId);
  }
  const [rows, [count]] = await Promise.all([
    selectShares(db, where)
      .orderBy(
        sql`case when ${liveShare()} then 0 else 1 end`,
        desc(recordShares.createdAt),
        desc(recordShares.id),
      )
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(recordShares)
      .where(where),
  ]);
  return {
    data: await toShareDtos(rows),
    meta: { page: query.page, pageSize: query.pageSize, total: Number(count?.n ?? 0) },
  };
}

/** One share: mine (any state), or a live one given to me (a doctor); otherwise not_found. */
export async function getRecordShare(actor: Actor, id: string): Promise<RecordShareDto> {
  if (!isUuid(id)) throw notFound("share");
  const [row] = await selectShares(db, eq(recordShares.uuid, id)).limit(1);
  if (!row) throw notFound("share");
  const mine = row.ownerId === actor.userId;
  const toMe =
    actor.doctorId !== null && row.doctorId === actor.doctorId && shareStatus(row) === "live";
  if (!mine && !toMe) throw notFound("share");
  const [dto] = await toShareDtos([row]);
  return dto!;
}

export interface ShareTarget {
  /** The doctor's public id (what `createRecordShare` takes as doctorId). */
  doctorId: string;
  name: string;
  specialty: string;
  /** My latest appointment with them that is not cancelled. */
  appointmentId: string;
  appointmentDate: string;
}

/** The doctors I may share records with: those I have an appointment (not cancelled) with. */
export async function listShareTargets(actor: Actor): Promise<ShareTarget[]> {
  const rows = await db
    .selectDistinctOn([appointments.doctorId], {
      doctorId: doctors.uuid,
      name: doctorUser.fullName,
      specialty: doctors.specialty,
      appointmentId: appointments.uuid,
      appointmentDate: appointments.date,
    })
    .from(appointments)
    .innerJoin(doctors, eq(doctors.id, appointments.doctorId))
    .innerJoin(doctorUser, eq(doctorUser.id, doctors.userId))
    .where(and(eq(appointments.patientId, actor.userId), ne(appointments.status, "cancelled")))
    .orderBy(
      appointments.doctorId,
      desc(appointments.date),
      desc(appointments.time),
      desc(appointments.id),
    );
  return rows.sort((a, b) => a.name.localeCompare(b.name));
}

export interface SharedRecordsForAppointment {
  patient: { id: string; name: string };
  /** The live shares the patient has given me. */
  shares: RecordShareDto[];
  /** The records I may read now (each one written to the patient's access log as a "view"). */
  records: HealthRecordDto[];
}

/**
 * What I (the appointment's doctor) may read of its patient's records now. not_found when the
 * appointment is not mine; empty lists when nothing is shared.
 */
export async function getSharedRecordsForAppointment(
  actor: Actor,
  appointmentId: string,
  opts: { door: Door },
): Promise<SharedRecordsForAppointment> {
  if (actor.doctorId === null || !isUuid(appointmentId)) throw notFound("appointment");
  const [appointment] = await db
    .select({
      patientId: appointments.patientId,
      uuid: patientUser.uuid,
      name: patientUser.fullName,
    })
    .from(appointments)
    .innerJoin(patientUser, eq(patientUser.id, appointments.patientId))
    .where(and(eq(appointments.uuid, appointmentId), eq(appointments.doctorId, actor.doctorId)))
    .limit(1);
  if (!appointment) throw notFound("appointment");
  const shareRows = await selectShares(
    db,
    and(
      eq(recordShares.ownerId, appointment.patientId),
      eq(recordShares.doctorId, actor.doctorId),
      liveShare(),
    ),
  ).orderBy(desc(recordShares.createdAt));
  const rows = await loadHealthRecordRows(readableBy(actor, appointment.patientId));
  const shared = rows.filter((r) => r.userId !== actor.userId);
  await auditReads(shared.map((row) => auditEntryOf(actor, row, "view", opts.door)));
  return {
    patient: { id: appointment.uuid, name: appointment.name },
    shares: await toShareDtos(shareRows),
    records: shared.map((row) => toHealthRecordDto(row, actor.userId, opts.door)),
  };
}

/**
 * Who read my health data (records and profile), newest first. `idOrMe` must be me: another
 * user's log is not_found (admins included; it is the owner's own view).
 */
export async function listAccessLog(
  actor: Actor,
  query: Pagination,
  idOrMe = "me",
): Promise<Page<AccessLogEntryDto>> {
  const target = await resolveTargetUser(actor, idOrMe);
  const where = eq(recordAccessLog.ownerId, target.id);
  const [rows, [count]] = await Promise.all([
    db
      .select({
        uuid: recordAccessLog.uuid,
        recordUuid: healthRecords.uuid,
        recordTitle: recordAccessLog.recordTitle,
        readerName: reader.fullName,
        readerRole: reader.role,
        action: recordAccessLog.action,
        door: recordAccessLog.door,
        reason: recordAccessLog.reason,
        at: recordAccessLog.at,
      })
      .from(recordAccessLog)
      .leftJoin(healthRecords, eq(healthRecords.id, recordAccessLog.recordId))
      .leftJoin(reader, eq(reader.id, recordAccessLog.accessedBy))
      .where(where)
      .orderBy(desc(recordAccessLog.at), desc(recordAccessLog.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(recordAccessLog)
      .where(where),
  ]);
  return {
    data: rows.map(toAccessLogEntryDto),
    meta: { page: query.page, pageSize: query.pageSize, total: Number(count?.n ?? 0) },
  };
}
