import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { translateDbErrors } from "@/db/errors";
import type { Tx } from "@/db/client";
import { appointments, symptomChecks, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { doctorSlotsChanged } from "@/lib/cache/public-pages";
import { hashRequest, parseIdempotencyKey, withIdempotency } from "@/lib/idempotency";
import { shareableBy } from "@/lib/symptom-checks/rows";
import { toAppointmentDto } from "../mappers";
import { noticeOf, notifyParticipants } from "../notify";
import type { DoctorSchedule } from "../schedule";
import { loadDoctorSchedule } from "../schedule";
import type { AppointmentDto, BookAppointmentInput } from "../schemas";
import { bookableModes } from "../policy";
import { isBookableSlot, type ConsultationMode } from "../slots";
import { localDateTime } from "../zoned-time";
import { invalid, notBookable, refusal, slotErrors } from "./errors";
import type { WriteOptions } from "./options";

/** Checks one slot against the doctor's schedule (the same rules as the listing); its length. */
export function assertBookable(
  doctor: DoctorSchedule,
  slot: { date: string; time: string; mode: ConsultationMode },
  now: Date,
): number {
  // loadDoctorSchedule loads verified doctors only.
  if (!bookableModes({ ...doctor, verified: true }).includes(slot.mode)) {
    throw invalid(
      "consultationType",
      `this doctor does not offer ${slot.mode} consultations`,
      `This doctor does not offer ${slot.mode} consultations.`,
    );
  }
  const check = isBookableSlot(doctor.schedule, slot, { now });
  if (check.ok) return check.durationMinutes;
  const today = localDateTime(now, doctor.timezone).date;
  throw refusal(
    check.reason,
    slot.date < today ? "date" : "time",
    doctor.schedule.minNoticeMinutes,
  );
}

/**
 * The actor's own finished symptom check, locked for the booking that attaches it (a second
 * booking with the same check waits, then finds it booked). Anything else is 422 at
 * `symptomCheckId`: someone else's, a signed-out one, one in progress or already booked.
 */
async function lockOwnFinishedCheck(tx: Tx, actor: Actor, uuid: string) {
  const [check] = await tx
    .select({ id: symptomChecks.id, summary: symptomChecks.summary })
    .from(symptomChecks)
    .where(shareableBy(actor, uuid))
    .limit(1)
    .for("update");
  if (!check) {
    throw invalid(
      "symptomCheckId",
      "is not a finished symptom check of yours that is not yet booked",
      "That symptom check cannot be attached to this booking.",
    );
  }
  return check;
}

async function patientName(userId: number): Promise<string> {
  const [row] = await db
    .select({ name: users.fullName })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  return row?.name ?? "";
}

/**
 * Books a slot for the actor as patient: the doctor must be verified and offer the mode, the slot
 * must be free in their availability and not in the past; the fee is the doctor's. 201-worthy DTO,
 * 409 when the slot (or the patient's own time) is taken, 422 for anything invalid. The doors call
 * `bookAppointmentOnce`, which adds the client's idempotency key.
 */
export async function bookAppointment(
  actor: Actor,
  input: BookAppointmentInput,
  options: WriteOptions = {},
): Promise<AppointmentDto> {
  const now = options.now ?? new Date();
  const [doctor, name] = await Promise.all([
    loadDoctorSchedule({ uuid: input.doctorId }, { from: input.date, to: input.date }),
    patientName(actor.userId),
  ]);
  if (!doctor) throw notBookable();
  if (doctor.id === actor.doctorId || doctor.userId === actor.userId) {
    throw invalid("doctorId", "is you", "You cannot book an appointment with yourself.");
  }
  const mode = input.consultationType;
  const durationMinutes = assertBookable(doctor, { ...input, mode }, now);
  const fee = mode === "online" ? doctor.feeOnline : doctor.feeOffline;
  if (fee === null) throw notBookable();

  const row = await translateDbErrors(
    () =>
      db.transaction(async (tx) => {
        const check = input.symptomCheckId
          ? await lockOwnFinishedCheck(tx, actor, input.symptomCheckId)
          : null;
        const [created] = await tx
          .insert(appointments)
          .values({
            patientId: actor.userId,
            doctorId: doctor.id,
            date: input.date,
            time: input.time,
            durationMinutes,
            consultationType: mode,
            // A request the doctor answers, unless they confirm bookings at once (D4).
            status: doctor.instantConfirm ? "confirmed" : "pending",
            confirmedAt: doctor.instantConfirm ? now : null,
            symptoms: input.symptoms || check?.summary?.slice(0, 2000) || null,
            chiefComplaint: input.chiefComplaint || null,
            symptomCheckId: check?.id ?? null,
            fee,
          })
          .returning();
        if (check) {
          await tx
            .update(symptomChecks)
            .set({ status: "booked", appointmentId: created!.id, updatedAt: now })
            .where(eq(symptomChecks.id, check.id));
        }
        const notice = noticeOf(created!, doctor.name, name);
        const event = created!.status === "confirmed" ? "booked" : "requested";
        await notifyParticipants(
          tx,
          event,
          notice,
          { patientUserId: actor.userId, doctorUserId: doctor.userId },
          undefined,
          options.origin,
        );
        return created!;
      }),
    slotErrors,
  );
  doctorSlotsChanged(doctor.uuid);
  return toAppointmentDto(
    {
      ...row,
      rescheduledFromUuid: null,
      rescheduledToUuid: null,
      doctorUuid: doctor.uuid,
      doctorName: doctor.name,
      doctorSpecialty: doctor.specialty,
      timezone: doctor.timezone,
      patientUuid: actor.userUuid,
      patientName: name,
    },
    actor,
    now,
  );
}

/** `bookAppointmentOnce`'s options: the write options plus the client's key for this booking. */
export interface BookOnceOptions extends WriteOptions {
  /** As sent (the `Idempotency-Key` header, the booking form's hidden field); validated here. */
  idempotencyKey?: string | null;
}

/** A booking, and whether it is the stored first result of an earlier request with the same key. */
export interface Booking {
  appointment: AppointmentDto;
  replayed: boolean;
}

/**
 * The booking's name in the idempotency table, the same for both doors: a key means one booking
 * whichever door it came through. It is the REST path that keys were stored under before the form
 * shared them, so those still replay.
 */
const bookingScope = { method: "POST", path: "/api/v1/appointments" };

/**
 * Books as `bookAppointment` does, at most once per (actor, idempotency key) within 24 h; the REST
 * route and the booking form both call this. A repeat returns the first appointment (`replayed`)
 * and creates and mails nothing; the same key with other input is 422, a repeat while the first is
 * still running is 409, and a failed booking frees its key. Without a key it simply books.
 */
export async function bookAppointmentOnce(
  actor: Actor,
  input: BookAppointmentInput,
  options: BookOnceOptions = {},
): Promise<Booking> {
  const { idempotencyKey, ...writeOptions } = options;
  const key = parseIdempotencyKey(idempotencyKey ?? null);
  // Stored as the REST door's 201 body, the shape earlier keys were stored in.
  const result = await withIdempotency(
    actor,
    key,
    hashRequest(input),
    async () => ({
      status: 201,
      body: { data: await bookAppointment(actor, input, writeOptions) },
    }),
    bookingScope,
  );
  return { appointment: result.body.data, replayed: result.replayed };
}
