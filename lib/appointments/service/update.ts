import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { db } from "@/db/client";
import { translateDbErrors } from "@/db/errors";
import { appointments, liveAppointmentStatuses } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { factsOf } from "../mappers";
import {
  canEditIntake,
  canRecordOutcome,
  canWriteNotes,
  isDoctorOf,
  isLive,
  isPatientOf,
} from "../policy";
import { appointmentNotFound, findAppointmentView, loadAppointmentDto } from "../queries";
import type { AppointmentDto, UpdateAppointmentInput } from "../schemas";
import { stateConflict } from "./errors";
import type { WriteOptions } from "./options";

/**
 * Edits an appointment: the patient their symptoms and chief complaint while it is live; the doctor
 * its outcome (completed | no_show, once it started) and notes. Fields of the other side are 403.
 */
export async function updateAppointment(
  actor: Actor,
  id: string,
  input: UpdateAppointmentInput,
  options: WriteOptions = {},
): Promise<AppointmentDto> {
  const now = options.now ?? new Date();
  const row = await findAppointmentView(actor, id);
  if (!row) throw appointmentNotFound();
  const facts = factsOf(row);
  const intake = input.symptoms !== undefined || input.chiefComplaint !== undefined;
  const outcome = input.status !== undefined || input.doctorNotes !== undefined;
  if (intake && !isPatientOf(actor, facts)) {
    throw new AppError("forbidden", "Only the patient can change symptoms and chief complaint.");
  }
  if (outcome && !isDoctorOf(actor, facts)) {
    throw new AppError("forbidden", "Only the doctor can record the outcome and notes.");
  }
  if (intake && !canEditIntake(actor, facts)) throw stateConflict(row.status, "edited");
  if (input.status !== undefined && !canRecordOutcome(actor, facts, now)) {
    if (!isLive(facts)) throw stateConflict(row.status, "marked");
    throw new AppError("conflict", "The outcome can be recorded once the appointment has started.");
  }
  if (
    input.doctorNotes !== undefined &&
    input.status === undefined &&
    !canWriteNotes(actor, facts, now)
  ) {
    throw new AppError("conflict", "Notes can be written once the appointment has started.");
  }

  const changes = {
    ...(input.symptoms !== undefined ? { symptoms: input.symptoms || null } : {}),
    ...(input.chiefComplaint !== undefined ? { chiefComplaint: input.chiefComplaint || null } : {}),
    ...(input.doctorNotes !== undefined ? { doctorNotes: input.doctorNotes || null } : {}),
    ...(input.status !== undefined ? { status: input.status } : {}),
    ...(input.status === "completed" ? { completedAt: now } : {}),
  };
  // Guard against a concurrent change: only from the statuses the checks above allowed.
  const from =
    intake || input.status !== undefined
      ? [...liveAppointmentStatuses]
      : [...liveAppointmentStatuses, "completed" as const, "no_show" as const];
  const [updated] = await translateDbErrors(() =>
    db
      .update(appointments)
      .set(changes)
      .where(and(eq(appointments.id, row.id), inArray(appointments.status, from)))
      .returning({ id: appointments.id }),
  );
  if (!updated)
    throw new AppError("conflict", "This appointment was changed meanwhile; reload it.");
  return loadAppointmentDto(updated.id, actor, db, now);
}
