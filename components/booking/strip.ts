import { addDays } from "@/lib/appointments/zoned-time";

/** One day of a date strip: the clinic-local date and its free times ("HH:MM") with their modes. */
export interface StripDay {
  date: string;
  slots: { time: string; modes: ("online" | "offline")[] }[];
}

/**
 * `count` consecutive days from `from`, each with the free slots the availability query returned
 * for it (none when it returned nothing), so days without slots still appear, disabled.
 */
export function stripDays(from: string, count: number, available: readonly StripDay[]): StripDay[] {
  const byDate = new Map(available.map((d) => [d.date, d.slots]));
  return Array.from({ length: count }, (_, i) => {
    const date = addDays(from, i);
    return { date, slots: [...(byDate.get(date) ?? [])] };
  });
}

export type Mode = "online" | "offline";

/** A strip day with its display strings, built on the server (the client ships no date code). */
export interface DayOption {
  date: string;
  weekday: string;
  day: string;
  month: string;
  /** "Tuesday 25 November". */
  long: string;
  slots: { time: string; modes: Mode[]; label: string }[];
}

/** The slots of a day usable in `mode` (all when mode is null). */
export function slotsOf(day: DayOption | undefined, mode: Mode | null) {
  return day ? day.slots.filter((s) => mode === null || s.modes.includes(mode)) : [];
}
