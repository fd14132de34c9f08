import "server-only";
import { and, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { appointments, symptomChecks } from "@/db/schema";
import type { SymptomSeverity } from "@/db/schema/symptom-checks";
import { auditRead, type Door } from "@/lib/access/read-audit";
import { factsOf } from "@/lib/appointments/mappers";
import { appointmentNotFound, findAppointmentView } from "@/lib/appointments/queries";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { toHealthProfileDto } from "@/lib/health-profile/mappers";
import { loadHealthProfileRow } from "@/lib/health-profile/queries";
import type { HealthProfileDto } from "@/lib/health-profile/schemas";
import { isUuid } from "@/lib/validation/ids";
import { canReadPatientPanel } from "./policy";

/** What the doctor reads about the patient of one consultation. */
export interface PatientPanel {
  patient: { id: string; name: string };
  age: number | null;
  sex: HealthProfileDto["gender"];
  bloodGroup: HealthProfileDto["bloodGroup"];
  allergies: string[];
  conditions: string[];
  medications: HealthProfileDto["medications"];
  chiefComplaint: string | null;
  symptoms: string | null;
  symptomCheck: { summary: string | null; severity: SymptomSeverity | null } | null;
}

/** The title and reason the patient sees in their access log for a panel read. */
export const panelAudit = { title: "Health profile", reason: "consultation" } as const;

/**
 * The patient panel of a consultation: its doctor only (anyone else not_found, the patient
 * forbidden), while the appointment is live or after it took place (forbidden once it was
 * cancelled, rejected or expired). Each read is written to the patient's access log first.
 */
export async function getPatientPanel(
  actor: Actor,
  appointmentId: string,
  opts: { door: Door },
): Promise<PatientPanel> {
  if (!isUuid(appointmentId)) throw appointmentNotFound();
  const row = await findAppointmentView(actor, appointmentId);
  if (!row) throw appointmentNotFound();
  if (!canReadPatientPanel(actor, factsOf(row))) {
    throw new AppError(
      "forbidden",
      "The patient's details are open to their doctor only, for a live or past visit.",
    );
  }
  await auditRead({
    ownerId: row.patientId,
    readerId: actor.userId,
    ...panelAudit,
    action: "view",
    door: opts.door,
  });
  const [profile, check] = await Promise.all([
    loadHealthProfileRow(row.patientId).then((p) => toHealthProfileDto(p)),
    loadSymptomCheck(row.id, row.patientId),
  ]);
  return {
    patient: { id: row.patientUuid, name: row.patientName },
    age: profile.age,
    sex: profile.gender,
    bloodGroup: profile.bloodGroup,
    allergies: profile.allergies,
    conditions: profile.conditions,
    medications: profile.medications,
    chiefComplaint: row.chiefComplaint,
    symptoms: row.symptoms,
    symptomCheck: check,
  };
}

/** The symptom check the patient attached to the booking (`appointments.symptom_check_id`), if theirs. */
async function loadSymptomCheck(appointmentId: number, patientId: number) {
  const [check] = await db
    .select({ summary: symptomChecks.summary, severity: symptomChecks.severity })
    .from(appointments)
    .innerJoin(symptomChecks, eq(symptomChecks.id, appointments.symptomCheckId))
    .where(and(eq(appointments.id, appointmentId), eq(symptomChecks.userId, patientId)))
    .limit(1);
  return check ?? null;
}
