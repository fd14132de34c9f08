import "server-only";
import { eq } from "drizzle-orm";
import type { Bundle, FhirResource } from "fhir/r4";
import { db } from "@/db/client";
import { appointments, doctors } from "@/db/schema";
import { resolveTargetUser } from "@/lib/access/target-user";
import type { AccountPart } from "@/lib/account/part";
import { appointmentsAccount } from "@/lib/appointments/account";
import { DEFAULT_TIMEZONE } from "@/lib/appointments/zoned-time";
import type { Actor } from "@/lib/auth/actor";
import { env } from "@/lib/env";
import { healthProfileAccount } from "@/lib/health-profile/account";
import { healthRecordsAccount } from "@/lib/health-records/account";
import { usersAccount } from "@/lib/users/account";
import { toFhirBundle } from "./bundle";

/** A part's export sections (every part used here declares exportForUser). */
function sectionsOf<S extends Record<string, unknown>>(
  part: AccountPart<S>,
  userId: number,
): Promise<S> {
  if (!part.exportForUser) throw new Error(`account part ${part.domain} exports nothing`);
  return part.exportForUser(userId);
}

/** The clinic time zone of each doctor the user has an appointment with (appointment times are clinic-local). */
async function doctorTimezones(userId: number): Promise<Map<string, string>> {
  const rows = await db
    .selectDistinct({ doctorId: doctors.uuid, timezone: doctors.timezone })
    .from(appointments)
    .innerJoin(doctors, eq(doctors.id, appointments.doctorId))
    .where(eq(appointments.patientId, userId));
  return new Map(rows.map((r) => [r.doctorId, r.timezone]));
}

/**
 * `GET /users/me/export?format=fhir`: the actor's own data as a FHIR R4 Bundle. The same sections
 * the JSON export reads (lib/account parts), so both formats hold the same facts; only the actor
 * themselves, like the JSON export. Attachment URLs start with APP_URL, else `requestOrigin`.
 */
export async function exportUserFhir(
  actor: Actor,
  options: { requestOrigin?: string; now?: Date } = {},
): Promise<Bundle<FhirResource>> {
  const me = await resolveTargetUser(actor, "me");
  const [{ user }, { healthProfile }, appointmentSections, { healthRecords }, timezones] =
    await Promise.all([
      sectionsOf(usersAccount, me.id),
      sectionsOf(healthProfileAccount, me.id),
      sectionsOf(appointmentsAccount, me.id),
      sectionsOf(healthRecordsAccount, me.id),
      doctorTimezones(me.id),
    ]);
  const origin = env.APP_URL
    ? new URL(env.APP_URL).origin
    : (options.requestOrigin ?? "http://localhost:3000");
  return toFhirBundle(
    {
      user,
      healthProfile,
      appointments: appointmentSections.appointments.map((a) => ({
        ...a,
        timezone: timezones.get(a.doctorId) ?? DEFAULT_TIMEZONE,
      })),
      healthRecords,
    },
    { origin, now: options.now ?? new Date() },
  );
}
