import "server-only";
import { and, count, desc, eq, isNull, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { appointments, doctors, ratings } from "@/db/schema";
import { foundOr } from "@/lib/access/owner";
import { addDays, localDateTime } from "@/lib/appointments/zoned-time";
import type { Actor } from "@/lib/auth/actor";
import type { DoctorStatsDto } from "./schemas";

/** Appointments that happened or will: not cancelled, rejected, expired or moved elsewhere. */
const held = sql`${appointments.status} in ('pending', 'confirmed', 'completed', 'no_show')`;
/** Every booking once (a rescheduled one is counted as its successor). */
const booked = sql`${appointments.status} <> 'rescheduled'`;
const reason = sql<string>`lower(trim(${appointments.chiefComplaint}))`;
const hour = sql<number>`extract(hour from ${appointments.time})::int`;
const int = (v: unknown) => Number(v ?? 0);

/** part / whole rounded to 3 decimals; null when there is nothing to divide ("no data yet"). */
export const ratio = (part: number, whole: number) =>
  whole === 0 ? null : Math.round((part / whole) * 1000) / 1000;

/**
 * The signed-in doctor's numbers, each counted in SQL from their own appointments and ratings
 * (404 without a doctor profile). "Today" and the last 8 weeks (56 days up to today) are in the
 * doctor's timezone. Rates are over decided visits (completed + no-show); null when there are none.
 */
export async function getDoctorStats(
  actor: Actor,
  options: { now?: Date } = {},
): Promise<DoctorStatsDto> {
  const [mine] = await db
    .select({
      id: doctors.id,
      timezone: doctors.timezone,
      ratingAvg: doctors.ratingAvg,
      ratingCount: doctors.ratingCount,
    })
    .from(doctors)
    .where(eq(doctors.userId, actor.userId))
    .limit(1);
  const doctor = foundOr(mine, "doctor");
  const today = localDateTime(options.now ?? new Date(), doctor.timezone).date;
  const weeksFrom = addDays(today, -55);
  const own = eq(appointments.doctorId, doctor.id);

  const [[totals], hours, reasons, [reviews]] = await Promise.all([
    db
      .select({
        patientsSeen: sql<number>`count(distinct ${appointments.patientId}) filter (where ${appointments.status} = 'completed')`,
        completed: sql<number>`count(*) filter (where ${appointments.status} = 'completed')`,
        noShow: sql<number>`count(*) filter (where ${appointments.status} = 'no_show')`,
        today: sql<number>`count(*) filter (where ${appointments.date} = ${today} and ${held})`,
        lastEightWeeks: sql<number>`count(*) filter (where ${appointments.date} between ${weeksFrom} and ${today} and ${held})`,
      })
      .from(appointments)
      .where(own),
    db
      .select({ hour, n: count() })
      .from(appointments)
      .where(and(own, held))
      .groupBy(hour)
      .orderBy(desc(count()), hour)
      .limit(3),
    db
      .select({ reason, n: count() })
      .from(appointments)
      .where(and(own, booked, sql`nullif(trim(${appointments.chiefComplaint}), '') is not null`))
      .groupBy(reason)
      .orderBy(desc(count()), reason)
      .limit(5),
    db
      .select({ n: count() })
      .from(ratings)
      .where(
        and(
          eq(ratings.doctorId, doctor.id),
          isNull(ratings.hiddenAt),
          sql`nullif(trim(${ratings.review}), '') is not null`,
        ),
      ),
  ]);
  const completed = int(totals?.completed);
  const noShow = int(totals?.noShow);
  const ratingCount = int(doctor.ratingCount);
  return {
    patientsSeen: int(totals?.patientsSeen),
    appointmentsToday: int(totals?.today),
    completedCount: completed,
    noShowCount: noShow,
    completionRate: ratio(completed, completed + noShow),
    noShowRate: ratio(noShow, completed + noShow),
    averageRating: ratingCount > 0 ? Number(doctor.ratingAvg) : null,
    ratingCount,
    reviewCount: int(reviews?.n),
    busiestHours: hours.map((h) => ({ hour: int(h.hour), count: int(h.n) })),
    topReasons: reasons.map((r) => ({ reason: r.reason, count: int(r.n) })),
    averagePerWeek: Math.round((int(totals?.lastEightWeeks) / 8) * 10) / 10,
  };
}
