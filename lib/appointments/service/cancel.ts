import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { db } from "@/db/client";
import { appointments, liveAppointmentStatuses } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { doctorSlotsChanged } from "@/lib/cache/public-pages";
import { AppError } from "@/lib/errors";
import { refundAfterCancel } from "@/lib/payments/refunds";
import { factsOf, toAppointmentDto } from "../mappers";
import { noticeOf, notifyParticipants } from "../notify";
import { canCancel, isDoctorOf, isLive, isPatientOf } from "../policy";
import { appointmentNotFound, findAppointmentView } from "../queries";
import type { AppointmentDto, CancelAppointmentInput } from "../schemas";
import { invalid, stateConflict } from "./errors";
import type { WriteOptions } from "./options";
import { rebookingFor } from "./rebooking";

/**
 * Cancels a live appointment: the patient or the doctor, until it starts. 409 once it started or
 * is no longer live. The other side is notified; the patient gets a mail. A doctor must give a
 * reason (422), which the patient is told with the doctor's next free slots. A fee paid online is
 * refunded by the payments refund policy.
 */
export async function cancelAppointment(
  actor: Actor,
  id: string,
  input: CancelAppointmentInput = {},
  options: WriteOptions = {},
): Promise<AppointmentDto> {
  const now = options.now ?? new Date();
  const row = await findAppointmentView(actor, id);
  if (!row) throw appointmentNotFound();
  const facts = factsOf(row);
  if (!canCancel(actor, facts, now)) {
    if (!isLive(facts)) throw stateConflict(row.status, "cancelled");
    throw new AppError("conflict", "This appointment has already started and cannot be cancelled.");
  }
  const cancelReason = input.reason || null;
  const byDoctor = isDoctorOf(actor, facts) && !isPatientOf(actor, facts);
  if (byDoctor && !cancelReason) {
    throw invalid("reason", "must not be empty", "Tell the patient why you cancel.");
  }
  const rebooking = byDoctor ? await rebookingFor(row.doctorUuid, cancelReason, now) : undefined;
  const done = await db.transaction(async (tx) => {
    const [updated] = await tx
      .update(appointments)
      .set({ status: "cancelled", cancelReason, cancelledAt: now, cancelledBy: actor.userId })
      .where(
        and(eq(appointments.id, row.id), inArray(appointments.status, liveAppointmentStatuses)),
      )
      .returning({ id: appointments.id });
    if (!updated) return false;
    const notice = noticeOf(row, row.doctorName, row.patientName);
    await notifyParticipants(
      tx,
      "cancelled",
      notice,
      byDoctor
        ? { patientUserId: row.patientId }
        : { patientUserId: row.patientId, doctorUserId: row.doctorUserId },
      rebooking,
      options.origin,
    );
    return true;
  });
  if (!done) throw new AppError("conflict", "This appointment was changed meanwhile; reload it.");
  doctorSlotsChanged(row.doctorUuid);
  // A fee paid online comes back by the written refund policy (nothing when paid at the clinic).
  await refundAfterCancel("appointment", row.id);
  return toAppointmentDto({ ...row, status: "cancelled", cancelReason }, actor, now);
}
