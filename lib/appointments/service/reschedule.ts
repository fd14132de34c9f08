import "server-only";
import { eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { translateDbErrors } from "@/db/errors";
import { appointments, symptomChecks } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { doctorSlotsChanged } from "@/lib/cache/public-pages";
import { AppError } from "@/lib/errors";
import { factsOf, toAppointmentDto } from "../mappers";
import { noticeOf, notifyParticipants } from "../notify";
import { canReschedule, isLive, isPatientOf } from "../policy";
import { appointmentNotFound, findAppointmentView } from "../queries";
import { loadDoctorSchedule } from "../schedule";
import type { AppointmentDto, RescheduleAppointmentInput } from "../schemas";
import { assertBookable } from "./book";
import { invalid, notBookable, slotErrors } from "./errors";
import type { WriteOptions } from "./options";

/**
 * Moves the actor's (patient's) appointment to another free slot with the same doctor and mode, in
 * ONE transaction: the old row becomes `rescheduled`, freeing its slot, and a new row (confirmed, or
 * pending for the doctor to answer) points back at it (`rescheduledFromId`; the old one's DTO links forward with `rescheduledToId`). The fee agreed at booking is kept. Allowed until 2 h before the start.
 */
export async function rescheduleAppointment(
  actor: Actor,
  id: string,
  input: RescheduleAppointmentInput,
  options: WriteOptions = {},
): Promise<AppointmentDto> {
  const now = options.now ?? new Date();
  const { created, old } = await translateDbErrors(
    () =>
      db.transaction(async (tx) => {
        const old = await findAppointmentView(actor, id, tx, true);
        if (!old) throw appointmentNotFound();
        const facts = factsOf(old);
        if (!isPatientOf(actor, facts)) {
          throw new AppError("forbidden", "Only the patient can reschedule an appointment.");
        }
        if (!canReschedule(actor, facts, now)) {
          throw new AppError(
            "conflict",
            isLive(facts)
              ? "Appointments can be rescheduled only until 2 hours before they start."
              : `This appointment is ${old.status} and can no longer be rescheduled.`,
          );
        }
        if (old.date === input.date && old.time.slice(0, 5) === input.time) {
          throw invalid("time", "is the appointment's current time", "Pick a different time.");
        }
        await tx
          .update(appointments)
          .set({ status: "rescheduled", cancelledAt: now, cancelledBy: actor.userId })
          .where(eq(appointments.id, old.id));
        const doctor = await loadDoctorSchedule(
          { id: old.doctorId },
          { from: input.date, to: input.date },
          tx,
        );
        if (!doctor) throw notBookable();
        const mode = old.consultationType;
        const durationMinutes = assertBookable(doctor, { ...input, mode }, now);
        const [created] = await tx
          .insert(appointments)
          .values({
            patientId: old.patientId,
            doctorId: old.doctorId,
            date: input.date,
            time: input.time,
            durationMinutes,
            consultationType: mode,
            // The new time is a new request unless the doctor confirms bookings at once.
            status: doctor.instantConfirm ? "confirmed" : "pending",
            confirmedAt: doctor.instantConfirm ? now : null,
            symptoms: old.symptoms,
            chiefComplaint: old.chiefComplaint,
            // The symptom check shared at booking goes with the new time.
            symptomCheckId: sql`(select ${appointments.symptomCheckId} from ${appointments} where ${appointments.id} = ${old.id})`,
            fee: old.fee,
            rescheduledFromId: old.id,
          })
          .returning();
        if (created!.symptomCheckId !== null) {
          await tx
            .update(symptomChecks)
            .set({ appointmentId: created!.id })
            .where(eq(symptomChecks.id, created!.symptomCheckId));
        }
        await notifyParticipants(
          tx,
          "rescheduled",
          noticeOf(created!, old.doctorName, old.patientName),
          { patientUserId: old.patientId, doctorUserId: doctor.userId },
          undefined,
          options.origin,
        );
        return { created: created!, old };
      }),
    slotErrors,
  );
  // One doctor: the old slot freed, the new one taken.
  doctorSlotsChanged(old.doctorUuid);
  return toAppointmentDto(
    { ...old, ...created, rescheduledFromUuid: old.uuid, rescheduledToUuid: null },
    actor,
    now,
  );
}
