import type { AppointmentDto } from "@/lib/appointments/schemas";

/** Pending or confirmed: the appointment still holds its slot. */
export function isLive(a: Pick<AppointmentDto, "status">): boolean {
  return a.status === "pending" || a.status === "confirmed";
}

/** Started and not yet over (by the clock). */
export function isInProgress(
  a: Pick<AppointmentDto, "status" | "startsAt" | "durationMinutes">,
  now: Date,
): boolean {
  const start = Date.parse(a.startsAt);
  return isLive(a) && start <= now.getTime() && now.getTime() < start + a.durationMinutes * 60_000;
}

/** The start time has passed. */
export function hasStarted(a: Pick<AppointmentDto, "startsAt">, now: Date): boolean {
  return Date.parse(a.startsAt) <= now.getTime();
}
