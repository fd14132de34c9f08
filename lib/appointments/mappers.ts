import type { SpecialtyKey } from "@/lib/doctors/specialties";
import {
  answerDeadline,
  canAnswer,
  canCancel,
  canEditIntake,
  canJoin,
  canRate,
  canRecordOutcome,
  canReschedule,
  canWriteNotes,
  isDoctorOf,
  isInProgress,
  isUpcoming,
  type AppointmentFacts,
  type PolicyActor,
} from "./policy";
import type { AppointmentDto } from "./schemas";
import { zonedToUtc } from "./zoned-time";

/** The columns an appointment read selects (with its doctor and patient). */
export interface AppointmentViewRow {
  uuid: string;
  patientId: number;
  doctorId: number;
  date: string;
  time: string;
  durationMinutes: number;
  consultationType: "online" | "offline";
  status: AppointmentDto["status"];
  symptoms: string | null;
  chiefComplaint: string | null;
  fee: string;
  cancelReason: string | null;
  /** Absent on rows written by a booking (never rejected yet). */
  rejectionReason?: string | null;
  doctorNotes: string | null;
  createdAt: Date | string;
  rescheduledFromUuid: string | null;
  rescheduledToUuid: string | null;
  doctorUuid: string;
  doctorName: string;
  doctorSpecialty: string;
  timezone: string;
  patientUuid: string;
  patientName: string;
  /** The patient's phone; shown to the appointment's doctor only. */
  patientPhone?: string | null;
}

/** The facts the policies need, from a row (the start as an instant in the doctor's zone). */
export function factsOf(row: {
  patientId: number;
  doctorId: number;
  status: string;
  consultationType: "online" | "offline";
  date: string;
  time: string;
  timezone: string;
}): AppointmentFacts {
  return {
    patientId: row.patientId,
    doctorId: row.doctorId,
    status: row.status,
    consultationType: row.consultationType,
    startsAt: zonedToUtc(row.date, row.time, row.timezone),
  };
}

/** Row -> DTO as `actor` sees it at `now` (the can* flags are the actor's own: the UI only reads them). */
export function toAppointmentDto(
  row: AppointmentViewRow,
  actor: PolicyActor,
  now: Date,
): AppointmentDto {
  const facts = { ...factsOf(row), durationMinutes: row.durationMinutes };
  return {
    id: row.uuid,
    doctor: {
      id: row.doctorUuid,
      name: row.doctorName,
      specialty: row.doctorSpecialty as SpecialtyKey,
    },
    patient: {
      id: row.patientUuid,
      name: row.patientName,
      phone: isDoctorOf(actor, facts) ? (row.patientPhone ?? null) : null,
    },
    date: row.date,
    time: row.time.slice(0, 5),
    timezone: row.timezone,
    startsAt: facts.startsAt.toISOString(),
    durationMinutes: row.durationMinutes,
    consultationType: row.consultationType,
    status: row.status,
    symptoms: row.symptoms,
    chiefComplaint: row.chiefComplaint,
    fee: Number(row.fee).toFixed(2),
    cancelReason: row.cancelReason,
    rejectionReason: row.rejectionReason ?? null,
    doctorNotes: row.doctorNotes,
    rescheduledFromId: row.rescheduledFromUuid,
    rescheduledToId: row.rescheduledToUuid,
    createdAt: new Date(row.createdAt).toISOString(),
    answerBy: facts.status === "pending" ? answerDeadline(facts).toISOString() : null,
    canAnswer: canAnswer(actor, facts, now),
    canCancel: canCancel(actor, facts, now),
    canReschedule: canReschedule(actor, facts, now),
    canJoin: canJoin(actor, facts, now),
    canEditIntake: canEditIntake(actor, facts),
    canRecordOutcome: canRecordOutcome(actor, facts, now),
    canWriteNotes: canWriteNotes(actor, facts, now),
    canRate: canRate(actor, facts),
    upcoming: isUpcoming(facts, now),
    inProgress: isInProgress(facts, now),
  };
}
