import type { AppLocale } from "@/lib/i18n/config";
import { dayParts, longDay, shortTime, slotLabel } from "@/components/appointments/format";
import type { DayOption, StripDay } from "./strip";

/** Adds the display strings (weekday, day, month, slot labels) to strip days, for client pickers. */
export function dayOptions(days: readonly StripDay[], locale: AppLocale): DayOption[] {
  return days.map((d) => ({
    date: d.date,
    ...dayParts(d.date, locale),
    long: longDay(d.date, locale),
    slots: d.slots.map((s) => ({
      time: shortTime(s.time),
      modes: s.modes,
      label: slotLabel(d.date, s.time, locale),
    })),
  }));
}
