import "server-only";
import { and, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { appointments } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { doctorSlotsChanged } from "@/lib/cache/public-pages";
import { AppError } from "@/lib/errors";
import { refundAfterCancel } from "@/lib/payments/refunds";
import { isUuid } from "@/lib/validation/ids";
import { factsOf, toAppointmentDto } from "../mappers";
import { noticeOf, notifyParticipants, type Rebooking } from "../notify";
import { canAnswer, isDoctorOf, isStaleRequest } from "../policy";
import { appointmentNotFound, findAppointmentView } from "../queries";
import type { AppointmentDto, DeclineAppointmentInput } from "../schemas";
import { stateConflict } from "./errors";
import type { WriteOptions } from "./options";
import { rebookingFor } from "./rebooking";

type View = NonNullable<Awaited<ReturnType<typeof findAppointmentView>>>;

/** The request the actor (its doctor) may answer now; 404 / 403 / 409 otherwise. */
async function answerable(actor: Actor, id: string, now: Date): Promise<View> {
  if (!isUuid(id)) throw appointmentNotFound();
  const row = await findAppointmentView(actor, id);
  if (!row) throw appointmentNotFound();
  const facts = factsOf(row);
  if (!isDoctorOf(actor, facts)) {
    throw new AppError("forbidden", "Only the appointment's doctor can answer a request.");
  }
  if (!canAnswer(actor, facts, now)) {
    if (isStaleRequest(facts, now)) {
      throw new AppError(
        "conflict",
        "This request can no longer be answered: requests expire 30 minutes before the slot.",
      );
    }
    throw stateConflict(row.status, "answered");
  }
  return row;
}

/** pending -> `to`, only while still pending (a concurrent answer or expiry wins: 409). */
async function answer(
  row: View,
  to: "confirmed" | "rejected",
  changes: { confirmedAt?: Date; rejectionReason?: string },
  rebooking?: Rebooking,
  origin?: string,
): Promise<void> {
  const done = await db.transaction(async (tx) => {
    const [updated] = await tx
      .update(appointments)
      .set({ status: to, ...changes })
      .where(and(eq(appointments.id, row.id), eq(appointments.status, "pending")))
      .returning({ id: appointments.id });
    if (!updated) return false;
    const event = to === "confirmed" ? "confirmed" : "declined";
    const notice = noticeOf(row, row.doctorName, row.patientName);
    await notifyParticipants(
      tx,
      event,
      notice,
      { patientUserId: row.patientId },
      rebooking,
      origin,
    );
    return true;
  });
  if (!done) throw new AppError("conflict", "This request was answered meanwhile; reload it.");
}

/**
 * The doctor accepts a pending request (pending -> confirmed). 404 for anyone but the two
 * participants, 403 for the patient, 409 once it is no longer pending or past its deadline. The
 * patient is told in the app and by mail.
 */
export async function confirmAppointment(
  actor: Actor,
  id: string,
  options: WriteOptions = {},
): Promise<AppointmentDto> {
  const now = options.now ?? new Date();
  const row = await answerable(actor, id, now);
  await answer(row, "confirmed", { confirmedAt: now }, undefined, options.origin);
  return toAppointmentDto({ ...row, status: "confirmed" }, actor, now);
}

/**
 * The doctor declines a pending request with a reason (pending -> rejected; the slot frees). Same
 * errors as confirming. The patient is told the reason and the doctor's next free slots.
 */
export async function declineAppointment(
  actor: Actor,
  id: string,
  input: DeclineAppointmentInput,
  options: WriteOptions = {},
): Promise<AppointmentDto> {
  const now = options.now ?? new Date();
  const row = await answerable(actor, id, now);
  const rebooking = await rebookingFor(row.doctorUuid, input.reason, now);
  await answer(row, "rejected", { rejectionReason: input.reason }, rebooking, options.origin);
  doctorSlotsChanged(row.doctorUuid);
  // A fee paid online for a declined request comes back in full.
  await refundAfterCancel("appointment", row.id);
  return toAppointmentDto(
    { ...row, status: "rejected", rejectionReason: input.reason },
    actor,
    now,
  );
}
