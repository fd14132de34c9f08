/**
 * Which live future bookings a new availability no longer covers. Pure: the caller loads the rows.
 * Such bookings are only reported, never changed: the doctor decides (cancelling tells the patient).
 */
import type { TimeOffRange, WeeklyWindow } from "@/lib/appointments/slots";
import { parseTime, weekdayOf } from "@/lib/appointments/zoned-time";

export interface LiveBooking {
  uuid: string;
  date: string;
  time: string;
  durationMinutes: number;
  consultationType: "online" | "offline";
  patientName: string;
}

export type OrphanReason = "outside_hours" | "time_off";

const offers = (w: WeeklyWindow, type: "online" | "offline") =>
  w.mode === "both" || w.mode === type;

/** Why `booking` is no longer covered by `windows` / `timeOff`, or null when it still is. */
export function orphanReason(
  booking: LiveBooking,
  windows: readonly WeeklyWindow[],
  timeOff: readonly TimeOffRange[],
): OrphanReason | null {
  const date = booking.date.slice(0, 10);
  if (timeOff.some((r) => r.startsOn <= date && date <= r.endsOn)) return "time_off";
  const start = parseTime(booking.time);
  const end = start + booking.durationMinutes;
  const weekday = weekdayOf(date);
  const covered = windows.some(
    (w) =>
      w.weekday === weekday &&
      offers(w, booking.consultationType) &&
      parseTime(w.startTime) <= start &&
      end <= parseTime(w.endTime),
  );
  return covered ? null : "outside_hours";
}

/** The first word of a name ("Asha Rao" -> "Asha"): what the doctor's warning shows. */
export const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? "";

/** The bookings left uncovered, in date and time order, as the API reports them. */
export function findOrphans(
  bookings: readonly LiveBooking[],
  windows: readonly WeeklyWindow[],
  timeOff: readonly TimeOffRange[],
) {
  return bookings
    .map((b) => ({ b, why: orphanReason(b, windows, timeOff) }))
    .filter((x): x is { b: LiveBooking; why: OrphanReason } => x.why !== null)
    .map(({ b, why }) => ({
      id: b.uuid,
      date: b.date.slice(0, 10),
      time: b.time.slice(0, 5),
      patientFirstName: firstName(b.patientName),
      why,
    }))
    .sort((x, y) => (x.date + x.time).localeCompare(y.date + y.time));
}
