/**
 * Rules of a doctor's own profile that zod alone cannot say: fees for the modes offered, and a
 * weekly template without overlaps whose slots fit. Pure and isomorphic: the schemas (create) and
 * the service (update, where the rest of the profile comes from the row) both call them, so a bad
 * profile is a 422 with a field path, never a check-constraint 500.
 */
import { parseTime } from "@/lib/appointments/zoned-time";

export interface RuleIssue {
  path: Array<string | number>;
  message: string;
}

interface ConsultationModes {
  offersOnline: boolean;
  offersOffline: boolean;
  feeOnline?: string | null;
  feeOffline?: string | null;
}

/** A fee for every mode offered, and at least one mode (mirrors the doctors_*_fee_required checks). */
export function consultationModeIssues(p: ConsultationModes): RuleIssue[] {
  const issues: RuleIssue[] = [];
  if (!p.offersOnline && !p.offersOffline) {
    issues.push({
      path: ["offersOnline"],
      message: "offer online or in-clinic consultations, or both",
    });
  }
  if (p.offersOnline && (p.feeOnline === null || p.feeOnline === undefined)) {
    issues.push({ path: ["feeOnline"], message: "is required when offersOnline is true" });
  }
  if (p.offersOffline && (p.feeOffline === null || p.feeOffline === undefined)) {
    issues.push({ path: ["feeOffline"], message: "is required when offersOffline is true" });
  }
  return issues;
}

export interface WeeklyRange {
  weekday: number;
  startTime: string;
  endTime: string;
  slotMinutes: number;
}

const weekdayNames = [
  "Sunday",
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
] as const;

/**
 * Problems of a weekly template, with paths relative to the list: a range must end after it starts
 * (no range crosses midnight), hold at least one slot, and not overlap another range of the same
 * weekday (ranges that touch, 09:00-13:00 and 13:00-17:00, are fine). A remainder shorter than one
 * slot at the end of a range is simply not offered.
 */
export function weeklyHoursIssues(ranges: readonly WeeklyRange[]): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const sound: Array<{ index: number; range: WeeklyRange; start: number; end: number }> = [];
  ranges.forEach((range, index) => {
    const start = parseTime(range.startTime);
    const end = parseTime(range.endTime);
    if (end <= start) {
      issues.push({
        path: [index, "endTime"],
        message: "must be after startTime (a range cannot cross midnight)",
      });
      return;
    }
    if (end - start < range.slotMinutes) {
      issues.push({
        path: [index, "slotMinutes"],
        message: `a ${range.slotMinutes}-minute slot does not fit between ${range.startTime} and ${range.endTime}`,
      });
    }
    sound.push({ index, range, start, end });
  });

  sound.sort((a, b) => a.range.weekday - b.range.weekday || a.start - b.start || a.index - b.index);
  let reach: (typeof sound)[number] | undefined; // the range of this weekday that ends last so far
  for (const current of sound) {
    if (reach && reach.range.weekday === current.range.weekday && current.start < reach.end) {
      issues.push({
        path: [current.index, "startTime"],
        message: `overlaps ${reach.range.startTime}-${reach.range.endTime} on ${weekdayNames[current.range.weekday]}`,
      });
    }
    if (!reach || reach.range.weekday !== current.range.weekday || current.end > reach.end) {
      reach = current;
    }
  }
  return issues.sort((a, b) => Number(a.path[0]) - Number(b.path[0]));
}
