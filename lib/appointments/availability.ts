import "server-only";
import { AppError } from "@/lib/errors";
import { loadDoctorSchedule } from "./schedule";
import type { AvailabilityDto, AvailabilityQuery, NextSlotDto } from "./schemas";
import { bookingRules, listFreeSlots } from "./slots";
import { addDays, daysBetween, localDateTime } from "./zoned-time";

const notFound = () => new AppError("not_found", "No such doctor.");

const invalidRange = (message: string) =>
  new AppError("validation_failed", "The date range is invalid.", {
    errors: [{ path: "to", message }],
  });

/**
 * The dates to read before the doctor's zone is known: a missing `from` means "today in the
 * doctor's zone", which is within one day of today in UTC wherever the doctor is.
 */
function readRange(query: AvailabilityQuery, now: Date): { from: string; to: string } {
  const utcToday = now.toISOString().slice(0, 10);
  const from = query.from ?? addDays(utcToday, -1);
  const to =
    query.to ?? addDays(query.from ?? addDays(utcToday, 1), bookingRules.defaultRangeDays - 1);
  return { from, to: to < from ? from : to };
}

/**
 * Free slots of a verified doctor per day, `from`..`to` (clinic-local, inclusive; default today and
 * the next 13 days, at most 31 days). Anyone may ask; unverified doctors are not found.
 */
export async function getAvailability(
  doctorUuid: string,
  query: AvailabilityQuery = {},
  options: { now?: Date } = {},
): Promise<AvailabilityDto> {
  const now = options.now ?? new Date();
  const doctor = await loadDoctorSchedule({ uuid: doctorUuid }, readRange(query, now));
  if (!doctor) throw notFound();

  const from = query.from ?? localDateTime(now, doctor.timezone).date;
  const to = query.to ?? addDays(from, bookingRules.defaultRangeDays - 1);
  const span = daysBetween(from, to);
  if (span < 0) throw invalidRange("must not be before from (today, when from is not given)");
  if (span >= bookingRules.maxRangeDays) {
    throw invalidRange(`the range may span at most ${bookingRules.maxRangeDays} days`);
  }
  const days = listFreeSlots(doctor.schedule, { from, to }, { now });
  return { doctorId: doctor.uuid, timezone: doctor.timezone, from, to, days };
}

/** The doctor's next `n` free slots within the next two weeks (the profile page's quick picks). */
export async function getNextFreeSlots(
  doctorUuid: string,
  n: number,
  options: { now?: Date } = {},
): Promise<NextSlotDto[]> {
  const { days } = await getAvailability(doctorUuid, {}, options);
  const out: NextSlotDto[] = [];
  for (const day of days) {
    for (const slot of day.slots) {
      if (out.length >= n) return out;
      out.push({ date: day.date, ...slot });
    }
  }
  return out;
}
