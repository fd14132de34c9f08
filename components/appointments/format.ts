import { intlLocale, type AppLocale } from "@/lib/i18n/config";

/**
 * Dates of appointments and slots are clinic-local calendar dates ("2026-11-25") and times
 * ("10:20"). They are formatted as calendar values (UTC noon, UTC formatting), so the viewer's
 * time zone can never move them to another day.
 */
function calendarDate(date: string): Date {
  return new Date(`${date}T12:00:00Z`);
}

function format(date: string, locale: AppLocale, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(intlLocale[locale], { ...options, timeZone: "UTC" }).format(
    calendarDate(date),
  );
}

/** "Tuesday 25 November" / "मंगलवार 25 नवंबर" (no comma, so a slot reads "Tuesday 25 November, 10:20"). */
export function longDay(date: string, locale: AppLocale): string {
  const parts = new Intl.DateTimeFormat(intlLocale[locale], {
    weekday: "long",
    day: "numeric",
    month: "long",
    timeZone: "UTC",
  }).formatToParts(calendarDate(date));
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? "";
  return `${part("weekday")} ${part("day")} ${part("month")}`;
}

/** "Tuesday, 25 November 2026". */
export function fullDate(date: string, locale: AppLocale): string {
  return format(date, locale, { weekday: "long", day: "numeric", month: "long", year: "numeric" });
}

/** The three lines of a date chip: "Tue", "25", "Nov". */
export function dayParts(
  date: string,
  locale: AppLocale,
): { weekday: string; day: string; month: string } {
  return {
    weekday: format(date, locale, { weekday: "short" }),
    day: format(date, locale, { day: "numeric" }),
    month: format(date, locale, { month: "short" }),
  };
}

/** "10:20:00" -> "10:20". */
export function shortTime(time: string): string {
  return time.slice(0, 5);
}

/** "Tuesday 25 November, 10:20": the accessible name of a slot. */
export function slotLabel(date: string, time: string, locale: AppLocale): string {
  return `${longDay(date, locale)}, ${shortTime(time)}`;
}
