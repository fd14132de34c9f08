import "server-only";
import { and, eq, isNull, sql, type SQL } from "drizzle-orm";
import { db, type Queryable } from "@/db/client";
import { appointments, doctorAvailability, doctorTimeOff, doctors, users } from "@/db/schema";
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
  schedule: Schedule;
}

// json() columns come back parsed from one driver and as text from the other.
const json = <T>(value: unknown): T => (typeof value === "string" ? JSON.parse(value) : value) as T;

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
      and ${t.startsOn} <= ${range.to} and ${t.endsOn} >= ${range.from})`;
  const booked: SQL<unknown> = sql`(select coalesce(json_agg(json_build_object(
      'date', ${b.date}, 'time', ${b.time}, 'durationMinutes', ${b.durationMinutes})), '[]'::json)
    from ${b} where ${b.doctorId} = ${doctors.id}
      and ${b.date} between ${range.from} and ${range.to}
      and ${b.status} in ('pending', 'confirmed'))`;

  const [row] = await on
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
      windows,
      timeOff,
      booked,
    })
    .from(doctors)
    .innerJoin(users, eq(users.id, doctors.userId))
    .where(
      and(
        "uuid" in doctor ? eq(doctors.uuid, doctor.uuid) : eq(doctors.id, doctor.id),
        eq(doctors.verificationStatus, "verified"),
        isNull(users.deletedAt),
      ),
    )
    .limit(1);
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
    },
  };
}
