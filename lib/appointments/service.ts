import "server-only";
/**
 * Appointment writes. Status model (see db/schema/appointments.ts for the enum):
 *
 *   book ──> confirmed ──(doctor, after the start)──> completed | no_show
 *                │
 *                ├──(patient or doctor, before the start)──> cancelled
 *                └──(patient, until 2 h before)──> cancelled ("rescheduled") + a NEW confirmed row
 *
 * Bookings are confirmed at once: a slot the doctor published in their weekly template is an offer,
 * and a patient taking it is the acceptance, as at most Indian clinics' front desks. `pending`
 * (and `rejected`) stay in the enum for a later "doctor approves each booking" mode; `pending`
 * already holds a slot, so turning that mode on needs no index change.
 *
 * Double bookings are impossible by construction: the partial unique indexes on (doctor, date,
 * time) and (patient, date, time) over live statuses decide every race; the slot read before the
 * insert only gives the common case a friendlier answer.
 */
import { and, eq, inArray } from "drizzle-orm";
import { db } from "@/db/client";
import { translateDbErrors, type DbErrorMap } from "@/db/errors";
import { appointments, liveAppointmentStatuses, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { hashRequest, parseIdempotencyKey, withIdempotency } from "@/lib/idempotency";
import { factsOf, toAppointmentDto, type AppointmentViewRow } from "./mappers";
import { mailPatient, notifyParticipants, type AppointmentNotice } from "./notify";
import {
  canCancel,
  canEditIntake,
  canRecordOutcome,
  canReschedule,
  canWriteNotes,
  isDoctorOf,
  isLive,
  isPatientOf,
} from "./policy";
import { appointmentNotFound, findAppointmentView, loadAppointmentDto } from "./queries";
import { loadDoctorSchedule, type DoctorSchedule } from "./schedule";
import type {
  AppointmentDto,
  BookAppointmentInput,
  CancelAppointmentInput,
  RescheduleAppointmentInput,
  UpdateAppointmentInput,
} from "./schemas";
import { bookingRules, isBookableSlot, type ConsultationMode, type SlotRefusal } from "./slots";
import { localDateTime } from "./zoned-time";

/** `now` for tests; `origin` for links in mails (APP_URL wins). */
export interface WriteOptions {
  now?: Date;
  origin?: string;
}

const slotErrors: DbErrorMap = {
  appointments_doctor_slot_live_uniq: (_info, cause) =>
    new AppError("conflict", "That slot was just taken. Please pick another time.", {
      errors: [{ path: "time", message: "was just taken" }],
      cause,
    }),
  appointments_patient_slot_live_uniq: (_info, cause) =>
    new AppError("conflict", "You already have an appointment at that time.", {
      errors: [{ path: "time", message: "you already have an appointment at that time" }],
      cause,
    }),
};

const invalid = (path: string, message: string, detail: string) =>
  new AppError("validation_failed", detail, { errors: [{ path, message }] });

function refusal(reason: SlotRefusal, pastField: "date" | "time"): AppError {
  switch (reason) {
    case "past":
      return invalid(
        pastField,
        `must be at least ${bookingRules.minNoticeMinutes} minutes from now`,
        "That time has passed or is too soon to book.",
      );
    case "too_far":
      return invalid(
        "date",
        `must be within ${bookingRules.maxAdvanceDays} days`,
        "That date is too far ahead.",
      );
    case "time_off":
      return invalid("date", "the doctor is away on this date", "The doctor is away on that date.");
    case "outside_hours":
      return invalid(
        "time",
        "is not one of the doctor's slots on this date",
        "The doctor does not see patients at that time.",
      );
    case "mode_unavailable":
      return invalid(
        "consultationType",
        "is not offered at this time",
        "That consultation type is not offered at that time.",
      );
    case "taken":
      return new AppError("conflict", "That slot was just taken. Please pick another time.", {
        errors: [{ path: "time", message: "was just taken" }],
      });
  }
}

const notBookable = () =>
  invalid("doctorId", "is not a doctor who takes bookings", "This doctor does not take bookings.");

/** Checks one slot against the doctor's schedule (the same rules as the listing); its length. */
function assertBookable(
  doctor: DoctorSchedule,
  slot: { date: string; time: string; mode: ConsultationMode },
  now: Date,
): number {
  const offered = slot.mode === "online" ? doctor.offersOnline : doctor.offersOffline;
  if (!offered) {
    throw invalid(
      "consultationType",
      `this doctor does not offer ${slot.mode} consultations`,
      `This doctor does not offer ${slot.mode} consultations.`,
    );
  }
  const check = isBookableSlot(doctor.schedule, slot, { now });
  if (check.ok) return check.durationMinutes;
  const today = localDateTime(now, doctor.timezone).date;
  throw refusal(check.reason, slot.date < today ? "date" : "time");
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
        const [created] = await tx
          .insert(appointments)
          .values({
            patientId: actor.userId,
            doctorId: doctor.id,
            date: input.date,
            time: input.time,
            durationMinutes,
            consultationType: mode,
            status: "confirmed",
            confirmedAt: now,
            symptoms: input.symptoms || null,
            chiefComplaint: input.chiefComplaint || null,
            fee,
          })
          .returning();
        const notice = noticeOf(created!, doctor.name, name);
        await notifyParticipants(tx, "booked", notice, {
          patientUserId: actor.userId,
          doctorUserId: doctor.userId,
        });
        return created!;
      }),
    slotErrors,
  );
  mailPatient("booked", actor.userId, noticeOf(row, doctor.name, name), options.origin);
  return toAppointmentDto(
    {
      ...row,
      rescheduledFromUuid: null,
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

function noticeOf(
  row: Pick<AppointmentViewRow, "uuid" | "date" | "time" | "consultationType">,
  doctorName: string,
  patientName: string,
): AppointmentNotice {
  return {
    uuid: row.uuid,
    date: row.date,
    time: row.time,
    consultationType: row.consultationType,
    doctorName,
    patientName,
  };
}

/**
 * Moves the actor's (patient's) appointment to another free slot with the same doctor and mode, in
 * ONE transaction: the old row is cancelled ("rescheduled"), freeing its slot, and a new confirmed
 * row points back at it. The fee agreed at booking is kept. Allowed until 2 h before the start.
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
          .set({
            status: "cancelled",
            cancelReason: "rescheduled",
            cancelledAt: now,
            cancelledBy: actor.userId,
          })
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
            status: "confirmed",
            confirmedAt: now,
            symptoms: old.symptoms,
            chiefComplaint: old.chiefComplaint,
            fee: old.fee,
            rescheduledFromId: old.id,
          })
          .returning();
        await notifyParticipants(
          tx,
          "rescheduled",
          noticeOf(created!, old.doctorName, old.patientName),
          {
            doctorUserId: doctor.userId,
          },
        );
        return { created: created!, old };
      }),
    slotErrors,
  );
  mailPatient(
    "rescheduled",
    old.patientId,
    noticeOf(created, old.doctorName, old.patientName),
    options.origin,
  );
  return toAppointmentDto({ ...old, ...created, rescheduledFromUuid: old.uuid }, actor, now);
}

const stateConflict = (status: string, action: string) =>
  new AppError("conflict", `This appointment is ${status} and can no longer be ${action}.`);

/**
 * Cancels a live appointment: the patient or the doctor, until it starts. 409 once it started or
 * is no longer live. The other side is notified; the patient gets a mail.
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
      byDoctor ? { patientUserId: row.patientId } : { doctorUserId: row.doctorUserId },
    );
    return true;
  });
  if (!done) throw new AppError("conflict", "This appointment was changed meanwhile; reload it.");
  mailPatient(
    "cancelled",
    row.patientId,
    noticeOf(row, row.doctorName, row.patientName),
    options.origin,
  );
  return toAppointmentDto({ ...row, status: "cancelled", cancelReason }, actor, now);
}

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
