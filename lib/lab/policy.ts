import type { LabBookingStatus, LabBookingType } from "@/db/schema/lab-bookings";
import { addDays } from "@/lib/appointments/zoned-time";
import { todayInIndia } from "@/lib/validation/fields";

/**
 * Lab booking rules, pure. Status model:
 *
 *   booked ──(admin)──> sample_collected ──(admin)──> processing ──(report upload)──> report_ready
 *     └──(patient, admin with a reason, or unpaid online after 30 min)──> cancelled
 *
 * Collection slots are Asia/Kolkata wall times: home collection hourly 06:00-11:00 (a
 * phlebotomist's morning round, fasting samples first), lab visits hourly 08:00-16:00. A day can
 * be booked from tomorrow up to 7 days ahead.
 */
export const homeCollectionTimes = ["06:00", "07:00", "08:00", "09:00", "10:00", "11:00"] as const;
export const labVisitTimes = [
  "08:00",
  "09:00",
  "10:00",
  "11:00",
  "12:00",
  "13:00",
  "14:00",
  "15:00",
  "16:00",
] as const;

/** How many days ahead a booking may be made (tomorrow is day 1). */
export const bookingDaysAhead = 7;

/** Online bookings not paid within this many minutes are cancelled (their place returned). */
export const unpaidCancelMinutes = 30;

/** The collection times of one mode. */
export function slotTimes(type: LabBookingType): readonly string[] {
  return type === "home_collection" ? homeCollectionTimes : labVisitTimes;
}

/** The bookable dates at `now`: tomorrow .. 7 days ahead (India's calendar). */
export function bookableDates(now: Date = new Date()): string[] {
  const today = todayInIndia(now);
  return Array.from({ length: bookingDaysAhead }, (_, i) => addDays(today, i + 1));
}

/** The home-collection area of a PIN code: its first three digits (a sorting district). */
export function pinArea(pincode: string): string {
  return pincode.slice(0, 3);
}

/** Whether the patient may still cancel: only before the sample is collected. */
export function canCancelLabBooking(status: LabBookingStatus): boolean {
  return status === "booked";
}

/** The admin's next forward step, if any (the report upload makes a booking report_ready). */
export function nextLabStatus(status: LabBookingStatus): "sample_collected" | "processing" | null {
  if (status === "booked") return "sample_collected";
  if (status === "sample_collected") return "processing";
  return null;
}

/** Whether an admin may move a booking from `from` to `to` (forward one step, or cancel). */
export function canMoveLabBooking(
  from: LabBookingStatus,
  to: "sample_collected" | "processing" | "cancelled",
): boolean {
  if (to === "cancelled") return from === "booked" || from === "sample_collected";
  return nextLabStatus(from) === to;
}

/** A report may be filed once the sample is in (collected or processing). */
export function canUploadLabReport(status: LabBookingStatus): boolean {
  return status === "sample_collected" || status === "processing";
}
