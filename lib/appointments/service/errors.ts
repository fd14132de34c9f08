/** The booking errors every appointment write shares: taken slots, refused slots, stale state. */
import type { DbErrorMap } from "@/db/errors";
import { AppError } from "@/lib/errors";
import { bookingRules, type SlotRefusal } from "../slots";

export const slotErrors: DbErrorMap = {
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

export const invalid = (path: string, message: string, detail: string) =>
  new AppError("validation_failed", detail, { errors: [{ path, message }] });

export function refusal(
  reason: SlotRefusal,
  pastField: "date" | "time",
  noticeMinutes: number = bookingRules.minNoticeMinutes,
): AppError {
  switch (reason) {
    case "past":
      return invalid(pastField, "is in the past", "That time has passed.");
    case "too_soon":
      return invalid(
        pastField,
        `is too soon: the doctor needs at least ${noticeMinutes} minutes' notice`,
        "That time is too soon to book.",
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

export const notBookable = () =>
  invalid("doctorId", "is not a doctor who takes bookings", "This doctor does not take bookings.");

export const stateConflict = (status: string, action: string) =>
  new AppError("conflict", `This appointment is ${status} and can no longer be ${action}.`);
