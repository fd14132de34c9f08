import {
  isDoctorOf,
  joinWindow,
  type AppointmentFacts,
  type PolicyActor,
} from "@/lib/appointments/policy";

/**
 * Who may read a patient's panel (profile, symptom check, reason) and write their prescription.
 * Pure predicates over one appointment's facts and `now`; lib/prescriptions enforces them.
 */

/** Appointments a doctor still reads the patient for: live, or one that took place (or was missed). */
const readableStatuses = new Set(["pending", "confirmed", "completed", "no_show"]);

/**
 * The appointment's doctor may read the patient's panel while the appointment is live or once it
 * is completed or a no-show; never for a cancelled, rejected, expired or rescheduled one.
 */
export function canReadPatientPanel(actor: PolicyActor, a: AppointmentFacts): boolean {
  return isDoctorOf(actor, a) && readableStatuses.has(a.status);
}

/** Whether a prescription can be written now: open, not yet (not started or not confirmed), or never. */
export type IssueWindow = "open" | "notYet" | "closed";

/**
 * Open once a confirmed appointment's consultation room opens (10 minutes before the start, as the
 * video call does: a patient seen early in the clinic is not made to wait for the clock), and after
 * it was completed; closed when it ended otherwise.
 */
export function issueWindow(
  a: Pick<AppointmentFacts, "status" | "startsAt">,
  now: Date,
): IssueWindow {
  if (a.status === "completed") return "open";
  if (a.status === "confirmed") return now >= joinWindow(a).opensAt ? "open" : "notYet";
  return a.status === "pending" ? "notYet" : "closed";
}

/**
 * The appointment's doctor may issue (or correct) a prescription once a confirmed appointment's
 * room opened, or after it was completed. Not for a pending request, a no-show or anything closed.
 */
export function canIssuePrescription(actor: PolicyActor, a: AppointmentFacts, now: Date): boolean {
  return isDoctorOf(actor, a) && issueWindow(a, now) === "open";
}
