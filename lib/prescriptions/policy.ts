import {
  isDoctorOf,
  isLive,
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

/**
 * The appointment's doctor may issue (or correct) a prescription once a confirmed appointment has
 * started, or after it was completed. Not for a pending request, a no-show or anything closed.
 */
export function canIssuePrescription(actor: PolicyActor, a: AppointmentFacts, now: Date): boolean {
  if (!isDoctorOf(actor, a)) return false;
  if (a.status === "completed") return true;
  return a.status === "confirmed" && isLive(a) && now >= a.startsAt;
}
