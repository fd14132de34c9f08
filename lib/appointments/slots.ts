/**
 * Free-slot computation: the ONE function the availability listing and every booking path use, so
 * a slot that is shown is exactly a slot that can be booked. Pure: the caller loads the rows.
 *
 * free slots = weekly template (doctor's zone) - time off - live appointments - (now + notice)
 *              - beyond the booking horizon, restricted to the modes the doctor offers.
 */
import {
  DEFAULT_TIMEZONE,
  addDays,
  daysBetween,
  eachDay,
  formatTime,
  localDateTime,
  parseTime,
  weekdayOf,
} from "./zoned-time";

export type ConsultationMode = "online" | "offline";

/** One row of the weekly template (`doctor_availability`). Times "HH:MM" or "HH:MM:SS". */
export interface WeeklyWindow {
  weekday: number;
  startTime: string;
  endTime: string;
  slotMinutes: number;
  mode: "online" | "offline" | "both";
}

/** Whole days off, both ends inclusive (`doctor_time_off`). */
export interface TimeOffRange {
  startsOn: string;
  endsOn: string;
}

/** A live (pending/confirmed) appointment holding clinic-local `date` `time`. */
export interface BookedSlot {
  date: string;
  time: string;
  durationMinutes?: number;
}

export interface FreeSlot {
  time: string;
  modes: ConsultationMode[];
}

export interface DaySlots {
  date: string;
  slots: FreeSlot[];
}

/** Booking rules shared by listing and booking. */
export const bookingRules = {
  /** A slot must start at least this long after now, unless the doctor set their own notice. */
  minNoticeMinutes: 60,
  /** Bookable at most this many days ahead (clinic-local dates, today = 0). */
  maxAdvanceDays: 90,
  /** Longest range one availability request may ask for (inclusive days). */
  maxRangeDays: 31,
  /** Range when the caller gives none: today and the next 13 days. */
  defaultRangeDays: 14,
} as const;

export interface Schedule {
  windows: readonly WeeklyWindow[];
  timeOff: readonly TimeOffRange[];
  booked: readonly BookedSlot[];
  /** IANA zone of the template and appointment times; Asia/Kolkata when absent. */
  timezone?: string;
  /** Modes the doctor offers at all (the profile's offersOnline/offersOffline). */
  offers?: { online: boolean; offline: boolean };
  /** The doctor's minimum notice (doctors.min_notice_minutes); the default rule when absent. */
  minNoticeMinutes?: number;
}

export interface SlotOptions {
  now: Date;
  minNoticeMinutes?: number;
  maxAdvanceDays?: number;
}

/** Internal per-slot facts of the weekly template, before subtracting bookings. */
interface TemplateSlot {
  start: number;
  minutes: number;
  /** "HH:MM" of `start`. */
  time: string;
  /** In listing order (online first); shared, so copied before it leaves this module. */
  modes: readonly ConsultationMode[];
}

/** The wall-clock edges the options imply, computed once per call in the doctor's zone. */
interface Bounds {
  cutoffDate: string;
  cutoffMinutes: number;
  lastDate: string;
}

/** The notice a listing or booking applies: the caller's, else the doctor's, else the default. */
export const noticeMinutesOf = (schedule: Schedule, options: SlotOptions): number =>
  options.minNoticeMinutes ?? schedule.minNoticeMinutes ?? bookingRules.minNoticeMinutes;

function boundsOf(timezone: string, options: SlotOptions): Bounds {
  const notice = options.minNoticeMinutes ?? bookingRules.minNoticeMinutes;
  const today = localDateTime(options.now, timezone).date;
  const cutoff = localDateTime(new Date(options.now.getTime() + notice * 60_000), timezone);
  return {
    cutoffDate: cutoff.date,
    cutoffMinutes: cutoff.minutes,
    lastDate: addDays(today, options.maxAdvanceDays ?? bookingRules.maxAdvanceDays),
  };
}

function isOff(date: string, timeOff: readonly TimeOffRange[]): boolean {
  return timeOff.some((r) => r.startsOn.slice(0, 10) <= date && date <= r.endsOn.slice(0, 10));
}

const bothModes: readonly ConsultationMode[] = ["online", "offline"];
const onlineOnly: readonly ConsultationMode[] = ["online"];
const offlineOnly: readonly ConsultationMode[] = ["offline"];

/**
 * The template's slots for one weekday, by start minute (overlapping windows merge modes; the
 * first window to cut a slot at a minute sets its length).
 */
function templateSlots(weekday: number, schedule: Schedule): TemplateSlot[] {
  const offers = schedule.offers ?? { online: true, offline: true };
  const byStart = new Map<number, { minutes: number; online: boolean; offline: boolean }>();
  for (const w of schedule.windows) {
    if (w.weekday !== weekday || w.slotMinutes <= 0) continue;
    const online = w.mode !== "offline" && offers.online;
    const offline = w.mode !== "online" && offers.offline;
    if (!online && !offline) continue;
    const end = parseTime(w.endTime);
    for (let t = parseTime(w.startTime); t + w.slotMinutes <= end; t += w.slotMinutes) {
      const slot = byStart.get(t);
      if (slot) {
        slot.online ||= online;
        slot.offline ||= offline;
      } else byStart.set(t, { minutes: w.slotMinutes, online, offline });
    }
  }
  const out: TemplateSlot[] = [];
  for (const [start, slot] of byStart) {
    const modes = slot.online ? (slot.offline ? bothModes : onlineOnly) : offlineOnly;
    out.push({ start, minutes: slot.minutes, time: formatTime(start), modes });
  }
  return out.sort((x, y) => x.start - y.start);
}

/** Booked intervals per date as [start, end) minutes. */
function bookedByDate(booked: readonly BookedSlot[]): Map<string, Array<[number, number]>> {
  const out = new Map<string, Array<[number, number]>>();
  for (const b of booked) {
    const date = b.date.slice(0, 10);
    const start = parseTime(b.time);
    const list = out.get(date) ?? [];
    list.push([start, start + (b.durationMinutes ?? 1)]);
    out.set(date, list);
  }
  return out;
}

const overlaps = (slot: TemplateSlot, taken: Array<[number, number]> | undefined) =>
  taken?.some(([s, e]) => s < slot.start + slot.minutes && slot.start < e) ?? false;

function isPast(date: string, start: number, b: Bounds): boolean {
  return date < b.cutoffDate || (date === b.cutoffDate && start < b.cutoffMinutes);
}

/**
 * Free slots per day from `from` to `to` (inclusive, clinic-local dates, at most 31 days). Every
 * day of the range is listed, with an empty `slots` when nothing is free that day.
 */
export function listFreeSlots(
  schedule: Schedule,
  range: { from: string; to: string },
  options: SlotOptions,
): DaySlots[] {
  const span = daysBetween(range.from, range.to);
  if (span < 0 || span >= bookingRules.maxRangeDays) {
    throw new RangeError(`range must be 1..${bookingRules.maxRangeDays} days`);
  }
  const bounds = boundsOf(schedule.timezone ?? DEFAULT_TIMEZONE, {
    ...options,
    minNoticeMinutes: noticeMinutesOf(schedule, options),
  });
  const booked = bookedByDate(schedule.booked);
  // A range covers each weekday up to five times: cut each weekday's template once.
  const templates: Array<TemplateSlot[] | undefined> = [];
  const days: DaySlots[] = [];
  for (const { date, weekday } of eachDay(range.from, span + 1)) {
    const slots: FreeSlot[] = [];
    if (date <= bounds.lastDate && date >= bounds.cutoffDate && !isOff(date, schedule.timeOff)) {
      const taken = booked.get(date);
      const template = (templates[weekday] ??= templateSlots(weekday, schedule));
      for (const slot of template) {
        if (isPast(date, slot.start, bounds) || overlaps(slot, taken)) continue;
        slots.push({ time: slot.time, modes: slot.modes.slice() });
      }
    }
    days.push({ date, slots });
  }
  return days;
}

/** Why one (date, time, mode) cannot be booked; checked in this order. */
export type SlotRefusal =
  "past" | "too_soon" | "too_far" | "time_off" | "outside_hours" | "mode_unavailable" | "taken";

export type SlotCheck = { ok: true; durationMinutes: number } | { ok: false; reason: SlotRefusal };

/**
 * Whether `date` `time` (clinic-local) can be booked as `mode`: the same rules as `listFreeSlots`,
 * answered with the first reason it fails so the caller can say which field is wrong.
 */
export function isBookableSlot(
  schedule: Schedule,
  slot: { date: string; time: string; mode: ConsultationMode },
  options: SlotOptions,
): SlotCheck {
  const bounds = boundsOf(schedule.timezone ?? DEFAULT_TIMEZONE, {
    ...options,
    minNoticeMinutes: noticeMinutesOf(schedule, options),
  });
  const start = parseTime(slot.time);
  if (isPast(slot.date, start, bounds)) {
    const now = boundsOf(schedule.timezone ?? DEFAULT_TIMEZONE, {
      ...options,
      minNoticeMinutes: 0,
    });
    return { ok: false, reason: isPast(slot.date, start, now) ? "past" : "too_soon" };
  }
  if (slot.date > bounds.lastDate) return { ok: false, reason: "too_far" };
  if (isOff(slot.date, schedule.timeOff)) return { ok: false, reason: "time_off" };
  const found = templateSlots(weekdayOf(slot.date), schedule).find((s) => s.start === start);
  if (!found) return { ok: false, reason: "outside_hours" };
  if (!found.modes.includes(slot.mode)) return { ok: false, reason: "mode_unavailable" };
  if (overlaps(found, bookedByDate(schedule.booked).get(slot.date))) {
    return { ok: false, reason: "taken" };
  }
  return { ok: true, durationMinutes: found.minutes };
}
