import "server-only";
import { and, asc, desc, eq, gte, inArray, lte, not, or, sql, type SQL } from "drizzle-orm";
import { alias, type SelectedFields } from "drizzle-orm/pg-core";
import { db, type Queryable } from "@/db/client";
import { appointments, doctors, facilities, liveAppointmentStatuses, users } from "@/db/schema";
import type { Page } from "@/lib/api/pagination";
import type { Actor } from "@/lib/auth/actor";
import { notFound } from "@/lib/access/owner";
import { AppError } from "@/lib/errors";
import { toAppointmentDto, type AppointmentViewRow } from "./mappers";
import type { AppointmentDto, ListAppointmentsQuery } from "./schemas";

const doctorUser = alias(users, "doctor_user");
const patientUser = alias(users, "patient_user");
const previous = alias(appointments, "previous_appointment");
const successor = alias(appointments, "successor_appointment");

const viewColumns = {
  id: appointments.id,
  uuid: appointments.uuid,
  patientId: appointments.patientId,
  doctorId: appointments.doctorId,
  date: appointments.date,
  time: appointments.time,
  durationMinutes: appointments.durationMinutes,
  consultationType: appointments.consultationType,
  status: appointments.status,
  symptoms: appointments.symptoms,
  chiefComplaint: appointments.chiefComplaint,
  fee: appointments.fee,
  cancelReason: appointments.cancelReason,
  rejectionReason: appointments.rejectionReason,
  doctorNotes: appointments.doctorNotes,
  createdAt: appointments.createdAt,
  rescheduledFromUuid: previous.uuid,
  rescheduledToUuid: successor.uuid,
  doctorUuid: doctors.uuid,
  doctorUserId: doctors.userId,
  doctorName: doctorUser.fullName,
  doctorSpecialty: doctors.specialty,
  timezone: doctors.timezone,
  patientUuid: patientUser.uuid,
  patientName: patientUser.fullName,
  patientPhone: patientUser.phone,
};

/**
 * Appointments with their doctor, patient, predecessor and successor (rescheduled_from_id is
 * unique, so at most one), filtered by `where`.
 */
function selectViews<T extends SelectedFields>(on: Queryable, extra: T, where: SQL | undefined) {
  return on
    .select({ ...viewColumns, ...extra })
    .from(appointments)
    .innerJoin(doctors, eq(doctors.id, appointments.doctorId))
    .innerJoin(doctorUser, eq(doctorUser.id, doctors.userId))
    .innerJoin(patientUser, eq(patientUser.id, appointments.patientId))
    .leftJoin(previous, eq(previous.id, appointments.rescheduledFromId))
    .leftJoin(successor, eq(successor.rescheduledFromId, appointments.id))
    .where(where);
}

/** Scopes a query to appointments the actor takes part in (as patient or as their doctor). */
export function participantOf(actor: Actor): SQL {
  const asPatient = eq(appointments.patientId, actor.userId);
  if (actor.doctorId === null) return asPatient;
  return or(asPatient, eq(appointments.doctorId, actor.doctorId)) ?? asPatient;
}

/** The start as an instant: the clinic-local date and time in the doctor's timezone. Needs `doctors`. */
const startsAt = sql`((${appointments.date} + ${appointments.time}) at time zone ${doctors.timezone})`;

/**
 * Upcoming at `now`: still holding its slot (pending or confirmed) and not over yet, the end being
 * the clinic-local start in the doctor's timezone plus its length. Past is everything else, so a
 * visit in progress is upcoming until it ends, and a cancelled future one is past. Needs `doctors`.
 */
function upcomingAt(now: Date): SQL {
  const endsAt = sql`${startsAt} + ${appointments.durationMinutes} * interval '1 minute'`;
  return and(
    inArray(appointments.status, liveAppointmentStatuses),
    sql`${endsAt} > ${now.toISOString()}::timestamptz`,
  )!;
}

/** A missing appointment, or someone else's: the same not_found. */
export const appointmentNotFound = () => notFound("appointment");

/**
 * One appointment row (with its view columns) the actor takes part in, or null. With `lock`, the
 * appointment row stays locked (FOR UPDATE) until the caller's transaction ends.
 */
export async function findAppointmentView(
  actor: Actor,
  uuid: string,
  on: Queryable = db,
  lock = false,
): Promise<(AppointmentViewRow & { id: number; doctorUserId: number }) | null> {
  const query = selectViews(on, {}, and(eq(appointments.uuid, uuid), participantOf(actor))).limit(
    1,
  );
  const [row] = lock ? await query.for("update", { of: appointments }) : await query;
  return row ?? null;
}

/** One appointment of the actor's (patient or that doctor); anyone else's is not found. */
export async function getAppointment(
  actor: Actor,
  id: string,
  options: { now?: Date } = {},
): Promise<AppointmentDto> {
  const row = await findAppointmentView(actor, id);
  if (!row) throw appointmentNotFound();
  return toAppointmentDto(row, actor, options.now ?? new Date());
}

/** The DTO of an appointment by internal id, for services that just wrote it (no scoping). */
export async function loadAppointmentDto(
  id: number,
  actor: Actor,
  on: Queryable = db,
  now = new Date(),
): Promise<AppointmentDto> {
  const [row] = await selectViews(on, {}, eq(appointments.id, id)).limit(1);
  if (!row) throw appointmentNotFound();
  return toAppointmentDto(row, actor, now);
}

/**
 * The actor's appointments as patient (default) or, with `as: "doctor"`, the ones booked with the
 * actor's doctor profile (403 without one). Filters: status, from/to (clinic dates, inclusive),
 * when (upcoming | past at `now`, see `upcomingAt`), all in the database, so pages are exact.
 */
export async function listAppointments(
  actor: Actor,
  query: ListAppointmentsQuery,
  options: { now?: Date } = {},
): Promise<Page<AppointmentDto>> {
  let owner: SQL;
  if (query.as === "doctor") {
    if (actor.doctorId === null) throw new AppError("forbidden", "You have no doctor profile.");
    owner = eq(appointments.doctorId, actor.doctorId);
  } else {
    owner = eq(appointments.patientId, actor.userId);
  }
  const now = options.now ?? new Date();
  const where = and(
    owner,
    query.status ? eq(appointments.status, query.status) : undefined,
    query.from ? gte(appointments.date, query.from) : undefined,
    query.to ? lte(appointments.date, query.to) : undefined,
    query.when === "upcoming" ? upcomingAt(now) : undefined,
    query.when === "past" ? not(upcomingAt(now)) : undefined,
  );
  const order = query.order ?? (query.when === "upcoming" ? "asc" : "desc");
  const dir = order === "asc" ? asc : desc;
  const rows = await selectViews(db, { total: sql<number>`count(*) over ()` }, where)
    // By the instant, so visits with doctors in other time zones interleave as they happen.
    .orderBy(dir(startsAt), dir(appointments.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);

  let total = Number(rows[0]?.total ?? 0);
  if (rows.length === 0 && query.page > 1) {
    const [count] = await db
      .select({ n: sql<number>`count(*)` })
      .from(appointments)
      .innerJoin(doctors, eq(doctors.id, appointments.doctorId))
      .where(where);
    total = Number(count?.n ?? 0);
  }
  return {
    data: rows.map((row) => toAppointmentDto(row, actor, now)),
    meta: { page: query.page, pageSize: query.pageSize, total },
  };
}

/** What the calendar file and the mails need beyond the DTO: the clinic and the patient's contact. */
export async function findAppointmentContext(
  actor: Actor,
  uuid: string,
): Promise<
  | (AppointmentViewRow & {
      clinicName: string | null;
      clinicAddress: string | null;
      clinicCity: string | null;
    })
  | null
> {
  const [row] = await db
    .select({
      ...viewColumns,
      clinicName: facilities.name,
      clinicAddress: facilities.addressLine,
      clinicCity: facilities.city,
    })
    .from(appointments)
    .innerJoin(doctors, eq(doctors.id, appointments.doctorId))
    .innerJoin(doctorUser, eq(doctorUser.id, doctors.userId))
    .innerJoin(patientUser, eq(patientUser.id, appointments.patientId))
    .leftJoin(previous, eq(previous.id, appointments.rescheduledFromId))
    .leftJoin(successor, eq(successor.rescheduledFromId, appointments.id))
    .leftJoin(facilities, eq(facilities.id, doctors.facilityId))
    .where(and(eq(appointments.uuid, uuid), participantOf(actor)))
    .limit(1);
  return row ?? null;
}
