import "server-only";
import { and, desc, eq, ne } from "drizzle-orm";
import { db } from "@/db/client";
import { appointments, doctors, symptomChecks } from "@/db/schema";
import type { DoctorSpecialty } from "@/db/schema/doctors";
import type { SymptomSeverity } from "@/db/schema/symptom-checks";
import type { Actor } from "@/lib/auth/actor";
import { toHealthProfileDto } from "@/lib/health-profile/mappers";
import { loadHealthProfileRow } from "@/lib/health-profile/queries";

/** What the coach knows about the person asking: only what they have told SwasthAI. */
export interface CoachContext {
  age: number | null;
  gender: "male" | "female" | "other" | null;
  bloodGroup: string | null;
  city: string | null;
  conditions: string[];
  allergies: string[];
  appointments: Array<{ specialty: DoctorSpecialty; date: string; reason: string | null }>;
  symptomChecks: Array<{ severity: SymptomSeverity; summary: string | null }>;
}

/**
 * The actor's own profile, last 3 appointments and last 3 finished symptom checks. The actor
 * reads only their own data here, so no access-log entry is written.
 */
export async function getCoachContext(actor: Actor): Promise<CoachContext> {
  const [profileRow, visits, checks] = await Promise.all([
    loadHealthProfileRow(actor.userId),
    db
      .select({
        specialty: doctors.specialty,
        date: appointments.date,
        reason: appointments.chiefComplaint,
      })
      .from(appointments)
      .innerJoin(doctors, eq(doctors.id, appointments.doctorId))
      .where(eq(appointments.patientId, actor.userId))
      .orderBy(desc(appointments.date), desc(appointments.time))
      .limit(3),
    db
      .select({ severity: symptomChecks.severity, summary: symptomChecks.summary })
      .from(symptomChecks)
      .where(and(eq(symptomChecks.userId, actor.userId), ne(symptomChecks.status, "in_progress")))
      .orderBy(desc(symptomChecks.createdAt))
      .limit(3),
  ]);
  const profile = toHealthProfileDto(profileRow);
  return {
    age: profile.age,
    gender: profile.gender,
    bloodGroup: profile.bloodGroup,
    city: profile.city,
    conditions: profile.conditions,
    allergies: profile.allergies,
    appointments: visits.map((v) => ({ specialty: v.specialty, date: v.date, reason: v.reason })),
    symptomChecks: checks.flatMap((c) =>
      c.severity ? [{ severity: c.severity, summary: c.summary }] : [],
    ),
  };
}

/** The context as the model's system message: one line per known fact, nothing invented. */
export function contextPrompt(context: CoachContext): string {
  const lines: string[] = [];
  if (context.age !== null) lines.push(`Age: ${context.age}`);
  if (context.gender) lines.push(`Gender: ${context.gender}`);
  if (context.bloodGroup) lines.push(`Blood group: ${context.bloodGroup}`);
  if (context.city) lines.push(`City: ${context.city}`);
  if (context.conditions.length > 0) lines.push(`Conditions: ${context.conditions.join(", ")}`);
  if (context.allergies.length > 0) lines.push(`Allergies: ${context.allergies.join(", ")}`);
  for (const a of context.appointments) {
    lines.push(`Appointment: ${a.specialty} on ${a.date}${a.reason ? ` (${a.reason})` : ""}`);
  }
  for (const c of context.symptomChecks) {
    lines.push(`Symptom check: ${c.severity}${c.summary ? ` - ${c.summary}` : ""}`);
  }
  return lines.length > 0
    ? `What the user has shared with SwasthAI:\n${lines.join("\n")}`
    : "The user has not shared a health profile yet.";
}
