import "server-only";
import { and, desc, eq, exists, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { doctors, facilities, healthProfiles, healthRecords, users } from "@/db/schema";
import { listAppointments } from "@/lib/appointments/queries";
import { listAppointmentsQuerySchema } from "@/lib/appointments/schemas";
import type { Actor } from "@/lib/auth/actor";
import { countUnreadNotificationsOf, loadNotificationsOf } from "@/lib/notifications/queries";
import { recordDay } from "@/lib/health-records/queries";
import type { PatientHomeDto } from "./schemas";

/**
 * Cities that have at least one verified doctor's clinic, most doctors first: suggestions for the
 * city filter of the doctor search (the filter itself accepts any text).
 */
export async function listDoctorCities(limit = 50): Promise<string[]> {
  const rows = await db
    .select({ city: facilities.city, n: sql<number>`count(*)` })
    .from(facilities)
    .where(
      exists(
        db
          .select({ one: sql`1` })
          .from(doctors)
          .where(
            and(eq(doctors.facilityId, facilities.id), eq(doctors.verificationStatus, "verified")),
          ),
      ),
    )
    .groupBy(facilities.city)
    .orderBy(sql`count(*) desc`, facilities.city)
    .limit(limit);
  return rows.map((r) => r.city);
}

/** The health profile fields the completeness meter counts (conditions may rightly be none). */
function profileCompleteness(row: {
  dateOfBirth: string | null;
  age: number | null;
  gender: string | null;
  city: string | null;
  bloodGroup: string | null;
  heightCm: string | null;
  weightKg: string | null;
  bp: string | null;
  emergencyContact: string | null;
}): number {
  const filled = [
    row.dateOfBirth ?? row.age,
    row.gender,
    row.city,
    row.bloodGroup === "unknown" ? null : row.bloodGroup,
    row.heightCm,
    row.weightKg,
    row.bp,
    row.emergencyContact,
  ].filter((v) => v !== null && v !== undefined && v !== "");
  return Math.round((filled.length / 8) * 100);
}

/**
 * Everything the patient home (#1) shows about the actor, and only the actor's: first name, the
 * next two upcoming appointments (as patient), the unread count and latest three notifications,
 * health profile completeness, onboarding and ABHA state, and the newest health record.
 */
export async function getPatientHome(
  actor: Actor,
  options: { now?: Date } = {},
): Promise<PatientHomeDto> {
  const now = options.now ?? new Date();
  const [[me], [profile], [record], upcoming, unread, latest] = await Promise.all([
    db.select({ fullName: users.fullName }).from(users).where(eq(users.id, actor.userId)).limit(1),
    db
      .select({
        dateOfBirth: healthProfiles.dateOfBirth,
        age: healthProfiles.age,
        gender: healthProfiles.gender,
        city: healthProfiles.city,
        bloodGroup: healthProfiles.bloodGroup,
        heightCm: healthProfiles.heightCm,
        weightKg: healthProfiles.weightKg,
        bp: healthProfiles.bp,
        emergencyContact: healthProfiles.emergencyContact,
        abhaVerifiedAt: healthProfiles.abhaVerifiedAt,
        onboardingCompletedAt: healthProfiles.onboardingCompletedAt,
      })
      .from(healthProfiles)
      .where(eq(healthProfiles.userId, actor.userId))
      .limit(1),
    db
      .select({
        uuid: healthRecords.uuid,
        title: healthRecords.title,
        recordType: healthRecords.recordType,
        day: sql<string>`${recordDay}::text`,
      })
      .from(healthRecords)
      .where(eq(healthRecords.userId, actor.userId))
      .orderBy(desc(recordDay), desc(healthRecords.createdAt), desc(healthRecords.id))
      .limit(1),
    listAppointments(actor, listAppointmentsQuerySchema.parse({ when: "upcoming", pageSize: 2 }), {
      now,
    }),
    countUnreadNotificationsOf(actor.userId),
    loadNotificationsOf(actor.userId, { newestFirst: true, limit: 3 }),
  ]);
  return {
    fullName: me?.fullName ?? "",
    upcoming: upcoming.data,
    upcomingTotal: upcoming.meta.total,
    unreadNotifications: unread,
    latestNotifications: latest,
    profileCompleteness: profile ? profileCompleteness(profile) : 0,
    onboardingComplete: Boolean(profile?.onboardingCompletedAt),
    abhaLinked: Boolean(profile?.abhaVerifiedAt),
    latestRecord: record
      ? { id: record.uuid, title: record.title, recordType: record.recordType, date: record.day }
      : null,
  };
}
