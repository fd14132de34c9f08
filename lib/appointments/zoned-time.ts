/**
 * Wall-clock arithmetic in a named IANA zone with nothing but Intl (no date library). Clinic dates
 * are "YYYY-MM-DD" strings, clinic times minutes since local midnight; instants are `Date`s.
 */

export const DEFAULT_TIMEZONE = "Asia/Kolkata";

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // Throws RangeError for an unknown zone: a wrong zone must never silently shift clinic hours.
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallClock(instant: Date, timeZone: string): WallClock {
  const out: WallClock = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type in out) out[part.type as keyof WallClock] = Number(part.value);
  }
  if (out.hour === 24) out.hour = 0; // some engines still print midnight as 24 under h23
  return out;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** True when `timeZone` is a zone this runtime knows. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

// Recent answers of localDateTime by zone and whole second. Every zone's offset is a whole number
// of seconds, so the second fixes the wall clock; a request asks about "now" two or three times,
// and requests within the same second ask the same. formatToParts is the costly part.
const recentLocal = new Map<string, { date: string; minutes: number }>();

/** The clinic-local date ("YYYY-MM-DD") and minutes since local midnight of an instant. */
export function localDateTime(instant: Date, timeZone: string): { date: string; minutes: number } {
  const key = `${Math.floor(instant.getTime() / 1000)} ${timeZone}`;
  let local = recentLocal.get(key);
  if (!local) {
    const c = wallClock(instant, timeZone);
    local = {
      date: `${pad(c.year, 4)}-${pad(c.month)}-${pad(c.day)}`,
      minutes: c.hour * 60 + c.minute,
    };
    if (recentLocal.size >= 64) recentLocal.clear();
    recentLocal.set(key, local);
  }
  return { date: local.date, minutes: local.minutes };
}

/** Milliseconds the zone's wall clock is ahead of UTC at `instant` (IST: +19,800,000). */
function offsetAt(instant: Date, timeZone: string): number {
  const c = wallClock(instant, timeZone);
  const asUtc = Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/**
 * The instant at which the clinic clock shows `date` `time` (two offset probes, so it is exact in
 * DST-free zones like IST and across DST changes; a wall time inside a DST gap does not exist and
 * maps to a neighbouring instant).
 */
export function zonedToUtc(date: string, time: string, timeZone: string): Date {
  const { y, m, d } = splitDate(date);
  const guess = Date.UTC(y, m - 1, d, 0, parseTime(time));
  const first = offsetAt(new Date(guess), timeZone);
  const second = offsetAt(new Date(guess - first), timeZone);
  return new Date(guess - second);
}

function splitDate(date: string): { y: number; m: number; d: number } {
  const [y, m, d] = date.split("-").map(Number);
  return { y: y ?? NaN, m: m ?? NaN, d: d ?? NaN };
}

/** "HH:MM" or "HH:MM:SS" (Postgres `time`, which allows 24:00) -> minutes since midnight. */
export function parseTime(time: string): number {
  const [h, m] = time.split(":");
  return Number(h) * 60 + Number(m);
}

const timeLabels: string[] = [];

/** Minutes since midnight -> "HH:MM". */
export function formatTime(minutes: number): string {
  // Whole minutes of one day (24:00 included) are few and asked for per slot: keep their labels.
  if (Number.isInteger(minutes) && minutes >= 0 && minutes <= 1440) {
    return (timeLabels[minutes] ??= `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`);
  }
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** `date` plus `days` calendar days ("YYYY-MM-DD"). */
export function addDays(date: string, days: number): string {
  const { y, m, d } = splitDate(date);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** `from` and the `count - 1` calendar days after it, each with its weekday (0 = Sunday). */
export function eachDay(from: string, count: number): Array<{ date: string; weekday: number }> {
  const { y, m, d } = splitDate(from);
  const out: Array<{ date: string; weekday: number }> = [];
  for (let i = 0; i < count; i++) {
    const day = new Date(Date.UTC(y, m - 1, d + i));
    out.push({ date: day.toISOString().slice(0, 10), weekday: day.getUTCDay() });
  }
  return out;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const a = splitDate(from);
  const b = splitDate(to);
  return Math.round((Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / 86_400_000);
}

/** 0 = Sunday .. 6 = Saturday for a calendar date (no zone involved). */
export function weekdayOf(date: string): number {
  const { y, m, d } = splitDate(date);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** True for a real calendar date written "YYYY-MM-DD" (no 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const { y, m, d } = splitDate(value);
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}
