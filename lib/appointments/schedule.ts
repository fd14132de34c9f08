import "server-only";
import { and, eq, isNull, sql, type SQL } from "drizzle-orm";
import { db, preparedOnce, type Queryable } from "@/db/client";
import { appointments, doctorAvailability, doctorTimeOff, doctors, users } from "@/db/schema";
import { effectiveNoticeMinutes } from "./policy";
import type { BookedSlot, Schedule, TimeOffRange, WeeklyWindow } from "./slots";

/** A bookable (verified, account alive) doctor with everything the slot engine needs. */
export interface DoctorSchedule {
  id: number;
  uuid: string;
  userId: number;
  name: string;
  specialty: string;
  timezone: string;
  offersOnline: boolean;
  offersOffline: boolean;
  feeOnline: string | null;
  feeOffline: string | null;
  /** Bookings are confirmed at once (no request for the doctor to answer). */
  instantConfirm: boolean;
  minNoticeMinutes: number;
  schedule: Schedule;
}

// json() columns come back parsed from one driver and as text from the other.
const json = <T>(value: unknown): T => (typeof value === "string" ? JSON.parse(value) : value) as T;

type Key = "uuid" | "id";
const from = sql.placeholder("from");
const to = sql.placeholder("to");

/** The statement behind loadDoctorSchedule, with placeholders for the doctor and the range. */
function prepareSchedule(on: Queryable, key: Key) {
  const a = doctorAvailability;
  const t = doctorTimeOff;
  const b = appointments;
  const windows: SQL<unknown> = sql`(select coalesce(json_agg(json_build_object(
      'weekday', ${a.weekday}, 'startTime', ${a.startTime}, 'endTime', ${a.endTime},
      'slotMinutes', ${a.slotMinutes}, 'mode', ${a.mode})), '[]'::json)
    from ${a} where ${a.doctorId} = ${doctors.id})`;
  const timeOff: SQL<unknown> = sql`(select coalesce(json_agg(json_build_object(
      'startsOn', ${t.startsOn}, 'endsOn', ${t.endsOn})), '[]'::json)
    from ${t} where ${t.doctorId} = ${doctors.id}
      and ${t.startsOn} <= ${to} and ${t.endsOn} >= ${from})`;
  const booked: SQL<unknown> = sql`(select coalesce(json_agg(json_build_object(
      'date', ${b.date}, 'time', ${b.time}, 'durationMinutes', ${b.durationMinutes})), '[]'::json)
    from ${b} where ${b.doctorId} = ${doctors.id}
      and ${b.date} between ${from} and ${to}
      and ${b.status} in ('pending', 'confirmed'))`;
  const doctor = sql.placeholder("doctor");

  return on
    .select({
      id: doctors.id,
      uuid: doctors.uuid,
      userId: doctors.userId,
      name: users.fullName,
      specialty: doctors.specialty,
      timezone: doctors.timezone,
      offersOnline: doctors.offersOnline,
      offersOffline: doctors.offersOffline,
      feeOnline: doctors.feeOnline,
      feeOffline: doctors.feeOffline,
      instantConfirm: doctors.instantConfirm,
      minNoticeMinutes: doctors.minNoticeMinutes,
      windows,
      timeOff,
      booked,
    })
    .from(doctors)
    .innerJoin(users, eq(users.id, doctors.userId))
    .where(
      and(
        key === "uuid" ? eq(doctors.uuid, doctor) : eq(doctors.id, doctor),
        eq(doctors.verificationStatus, "verified"),
        isNull(users.deletedAt),
      ),
    )
    .limit(1)
    .prepare(`load_doctor_schedule_by_${key}`);
}

// On the process database the statement is built once, not per request: building it costs more CPU
// than the rest of the availability endpoint together. A transaction (reschedule) builds its own.
const statementFor = (on: Queryable, key: Key) =>
  on === db
    ? preparedOnce(`appointments:schedule:${key}`, (real) => prepareSchedule(real, key))
    : prepareSchedule(on, key);

/**
 * One round trip: the doctor, the weekly template, time off overlapping [from, to] and the live
 * appointments in [from, to] (one range read on the doctor's live-slot index). Null when the doctor
 * does not exist, is not verified, or their account is deleted.
 */
export async function loadDoctorSchedule(
  doctor: { uuid: string } | { id: number },
  range: { from: string; to: string },
  on: Queryable = db,
): Promise<DoctorSchedule | null> {
  const [key, value] =
    "uuid" in doctor ? (["uuid", doctor.uuid] as const) : (["id", doctor.id] as const);
  const [row] = await statementFor(on, key).execute({
    doctor: value,
    from: range.from,
    to: range.to,
  });
  if (!row) return null;
  const { windows: w, timeOff: off, booked: taken, ...rest } = row;
  return {
    ...rest,
    schedule: {
      windows: json<WeeklyWindow[]>(w),
      timeOff: json<TimeOffRange[]>(off),
      booked: json<BookedSlot[]>(taken),
      timezone: row.timezone,
      offers: { online: row.offersOnline, offline: row.offersOffline },
      minNoticeMinutes: effectiveNoticeMinutes(row),
    },
  };
}
