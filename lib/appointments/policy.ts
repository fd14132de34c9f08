/**
 * Who may do what to an appointment, and until when. Pure predicates over the facts of one
 * appointment and `now`; the services enforce them and the DTO reports them (canCancel, ...).
 */

/** The parts of the actor the policies read. */
export interface PolicyActor {
  userId: number;
  doctorId: number | null;
}

/** The parts of an appointment the policies read; `startsAt` is the clinic-local start as an instant. */
export interface AppointmentFacts {
  patientId: number;
  doctorId: number;
  status: string;
  consultationType: "online" | "offline";
  startsAt: Date;
}

export const policyWindows = {
  /** The patient may reschedule until this long before the start. */
  rescheduleUntilMinutesBefore: 120,
  /** The video room opens this long before the start ... */
  joinOpensMinutesBefore: 10,
  /** ... and closes this long after it. */
  joinClosesMinutesAfter: 60,
  /**
   * A pending request must be answered by the doctor until this long before its slot; after that it
   * expires (the patient is told, the slot frees). The patient-facing copy says the same number.
   */
  answerUntilMinutesBefore: 30,
  /**
   * ... and a request leaves the doctor at least this long to answer it: a doctor who answers
   * requests cannot be booked sooner than deadline + this, whatever their own minimum notice.
   */
  answerTimeMinutes: 30,
} as const;

/**
 * The notice a booking needs: the doctor's own minimum notice and, for a doctor who answers each
 * request, enough time to answer before the request's deadline (otherwise it would be born stale).
 */
export function effectiveNoticeMinutes(d: {
  instantConfirm: boolean;
  minNoticeMinutes: number;
}): number {
  if (d.instantConfirm) return d.minNoticeMinutes;
  const answerable = policyWindows.answerUntilMinutesBefore + policyWindows.answerTimeMinutes;
  return Math.max(d.minNoticeMinutes, answerable);
}

/** Alias of the request deadline, for the copy and the expiry job. */
export const REQUEST_ANSWER_DEADLINE_MINUTES = policyWindows.answerUntilMinutesBefore;

const minutes = (n: number) => n * 60_000;

/** Holding a slot: pending or confirmed (the statuses of the live-slot unique indexes). */
export const isLive = (a: Pick<AppointmentFacts, "status">) =>
  a.status === "pending" || a.status === "confirmed";

export const isPatientOf = (actor: PolicyActor, a: AppointmentFacts) =>
  actor.userId === a.patientId;

export const isDoctorOf = (actor: PolicyActor, a: AppointmentFacts) =>
  actor.doctorId !== null && actor.doctorId === a.doctorId;

/** The patient or the doctor of the appointment: the only people who may see it at all. */
export const isParticipant = (actor: PolicyActor, a: AppointmentFacts) =>
  isPatientOf(actor, a) || isDoctorOf(actor, a);

/** The patient or the doctor may cancel a live appointment until it starts. */
export function canCancel(actor: PolicyActor, a: AppointmentFacts, now: Date): boolean {
  return isParticipant(actor, a) && isLive(a) && now < a.startsAt;
}

/** The instant a pending request stops being answerable: 30 minutes before its slot. */
export function answerDeadline(a: Pick<AppointmentFacts, "startsAt">): Date {
  return new Date(a.startsAt.getTime() - minutes(policyWindows.answerUntilMinutesBefore));
}

/** A pending request is past its deadline at `now` (the expiry job turns it `expired`). */
export function isStaleRequest(a: AppointmentFacts, now: Date): boolean {
  return a.status === "pending" && now >= answerDeadline(a);
}

/** The doctor may accept or decline a pending request until 30 minutes before its slot. */
export function canAnswer(actor: PolicyActor, a: AppointmentFacts, now: Date): boolean {
  return isDoctorOf(actor, a) && a.status === "pending" && now < answerDeadline(a);
}

/** The patient may move a live appointment until two hours before it starts. */
export function canReschedule(actor: PolicyActor, a: AppointmentFacts, now: Date): boolean {
  const cutoff = a.startsAt.getTime() - minutes(policyWindows.rescheduleUntilMinutesBefore);
  return isPatientOf(actor, a) && isLive(a) && now.getTime() <= cutoff;
}

/** When the video room of an appointment is open: [start - 10 min, start + 60 min]. */
export function joinWindow(a: Pick<AppointmentFacts, "startsAt">): {
  opensAt: Date;
  closesAt: Date;
} {
  const start = a.startsAt.getTime();
  return {
    opensAt: new Date(start - minutes(policyWindows.joinOpensMinutesBefore)),
    closesAt: new Date(start + minutes(policyWindows.joinClosesMinutesAfter)),
  };
}

/** Either participant may join a confirmed online consultation while its room is open. */
export function canJoin(actor: PolicyActor, a: AppointmentFacts, now: Date): boolean {
  if (!isParticipant(actor, a) || a.consultationType !== "online" || a.status !== "confirmed") {
    return false;
  }
  const { opensAt, closesAt } = joinWindow(a);
  return now >= opensAt && now <= closesAt;
}

/** The doctor may record the outcome (completed | no_show) of a live appointment once it started. */
export function canRecordOutcome(actor: PolicyActor, a: AppointmentFacts, now: Date): boolean {
  return isDoctorOf(actor, a) && isLive(a) && now >= a.startsAt;
}

/** The doctor may write notes once the appointment started, unless it was cancelled or rejected. */
export function canWriteNotes(actor: PolicyActor, a: AppointmentFacts, now: Date): boolean {
  const open = isLive(a) || a.status === "completed" || a.status === "no_show";
  return isDoctorOf(actor, a) && open && now >= a.startsAt;
}

/** The patient may edit their symptoms and chief complaint while the appointment is live. */
export function canEditIntake(actor: PolicyActor, a: AppointmentFacts): boolean {
  return isPatientOf(actor, a) && isLive(a);
}

/** The facts plus the slot length, for the rules about when a visit is over. */
export type TimedFacts = AppointmentFacts & { durationMinutes: number };

const endOf = (a: TimedFacts) => a.startsAt.getTime() + minutes(a.durationMinutes);

/** Still ahead or running: live and not over yet (the Upcoming list, `when=upcoming`). */
export function isUpcoming(a: TimedFacts, now: Date): boolean {
  return isLive(a) && now.getTime() < endOf(a);
}

/** Live, started, not over: the visit is happening now. */
export function isInProgress(a: TimedFacts, now: Date): boolean {
  return isUpcoming(a, now) && now >= a.startsAt;
}

/** The patient may rate the doctor of a completed appointment (once per doctor: the service says 409). */
export function canRate(actor: PolicyActor, a: AppointmentFacts): boolean {
  return isPatientOf(actor, a) && a.status === "completed";
}

/** What decides which consultation modes a doctor can be booked in. */
export interface BookableFacts {
  verified: boolean;
  offersOnline: boolean;
  offersOffline: boolean;
  feeOnline: string | null;
  feeOffline: string | null;
}

/** The modes a patient can book: a verified doctor's offered modes that have a fee. */
export function bookableModes(d: BookableFacts): ("online" | "offline")[] {
  if (!d.verified) return [];
  return [
    ...(d.offersOnline && d.feeOnline !== null ? (["online"] as const) : []),
    ...(d.offersOffline && d.feeOffline !== null ? (["offline"] as const) : []),
  ];
}
