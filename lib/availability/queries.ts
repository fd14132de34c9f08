import "server-only";
import { and, asc, eq, gte, inArray, sql } from "drizzle-orm";
import { type Queryable, type Tx } from "@/db/client";
import {
  appointments,
  doctorAvailability,
  doctors,
  doctorTimeOff,
  liveAppointmentStatuses,
  users,
} from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import type { LiveBooking } from "./orphans";
import type { AvailabilityInput } from "./schemas";

/** The actor's own doctor profile (locked in a transaction); 403 without one. */
export async function ownDoctor(on: Queryable, actor: Actor, lock = false) {
  if (actor.doctorId === null) throw new AppError("forbidden", "You have no doctor profile.");
  const query = on
    .select({
      id: doctors.id,
      uuid: doctors.uuid,
      timezone: doctors.timezone,
      verified: sql<boolean>`${doctors.verificationStatus} = 'verified'`,
      minNoticeMinutes: doctors.minNoticeMinutes,
      instantConfirm: doctors.instantConfirm,
    })
    .from(doctors)
    .where(and(eq(doctors.id, actor.doctorId), eq(doctors.userId, actor.userId)))
    .limit(1);
  const [row] = lock ? await query.for("update") : await query;
  if (!row) throw new AppError("forbidden", "You have no doctor profile.");
  return row;
}

/** The weekly template and the time off ending `day` or later, in order. */
export async function loadTemplate(on: Queryable, doctorId: number, day: string) {
  const [weekly, timeOff] = await Promise.all([
    on
      .select({
        weekday: doctorAvailability.weekday,
        startTime: doctorAvailability.startTime,
        endTime: doctorAvailability.endTime,
        slotMinutes: doctorAvailability.slotMinutes,
        mode: doctorAvailability.mode,
        maxPatients: doctorAvailability.maxPatients,
      })
      .from(doctorAvailability)
      .where(eq(doctorAvailability.doctorId, doctorId))
      .orderBy(asc(doctorAvailability.weekday), asc(doctorAvailability.startTime)),
    on
      .select({
        startsOn: doctorTimeOff.startsOn,
        endsOn: doctorTimeOff.endsOn,
        reason: doctorTimeOff.reason,
      })
      .from(doctorTimeOff)
      .where(and(eq(doctorTimeOff.doctorId, doctorId), gte(doctorTimeOff.endsOn, day)))
      .orderBy(asc(doctorTimeOff.startsOn)),
  ]);
  return {
    weekly: weekly.map((w) => ({
      ...w,
      startTime: w.startTime.slice(0, 5),
      endTime: w.endTime.slice(0, 5),
    })),
    timeOff,
  };
}

/** The doctor's live (pending/confirmed) bookings that start after `now`. */
export async function liveFutureBookings(
  on: Queryable,
  doctorId: number,
  now: Date,
): Promise<LiveBooking[]> {
  const startsAt = sql`((${appointments.date} + ${appointments.time}) at time zone ${doctors.timezone})`;
  return on
    .select({
      uuid: appointments.uuid,
      date: appointments.date,
      time: appointments.time,
      durationMinutes: appointments.durationMinutes,
      consultationType: appointments.consultationType,
      patientName: users.fullName,
    })
    .from(appointments)
    .innerJoin(doctors, eq(doctors.id, appointments.doctorId))
    .innerJoin(users, eq(users.id, appointments.patientId))
    .where(
      and(
        eq(appointments.doctorId, doctorId),
        inArray(appointments.status, liveAppointmentStatuses),
        sql`${startsAt} > ${now.toISOString()}::timestamptz`,
      ),
    );
}

/** The weekly template becomes exactly `ranges` (validated: no overlaps, slots fit). */
export async function replaceWeeklyHours(
  tx: Tx,
  doctorId: number,
  ranges: ReadonlyArray<Omit<AvailabilityInput["weekly"][number], "maxPatients">>,
): Promise<void> {
  await tx.delete(doctorAvailability).where(eq(doctorAvailability.doctorId, doctorId));
  if (ranges.length === 0) return;
  await tx.insert(doctorAvailability).values(ranges.map((range) => ({ ...range, doctorId })));
}

/** Time off ending `day` or later becomes exactly `list`; past time off stays as history. */
export async function replaceTimeOffFrom(
  tx: Tx,
  doctorId: number,
  day: string,
  list: ReadonlyArray<{ startsOn: string; endsOn: string; reason?: string | null }>,
): Promise<void> {
  await tx
    .delete(doctorTimeOff)
    .where(and(eq(doctorTimeOff.doctorId, doctorId), gte(doctorTimeOff.endsOn, day)));
  if (list.length === 0) return;
  await tx.insert(doctorTimeOff).values(
    list.map((off) => ({
      doctorId,
      startsOn: off.startsOn,
      endsOn: off.endsOn,
      reason: off.reason ?? null,
    })),
  );
}
