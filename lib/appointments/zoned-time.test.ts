import { describe, expect, it } from "vitest";
import {
  addDays,
  daysBetween,
  eachDay,
  formatTime,
  isCalendarDate,
  isValidTimeZone,
  localDateTime,
  parseTime,
  weekdayOf,
  zonedToUtc,
} from "./zoned-time";

describe("zoned time", () => {
  it("reads the IST wall clock of an instant, across midnight", () => {
    // 18:00 UTC is 23:30 IST the same day; 18:30 UTC is 00:00 IST the next day.
    expect(localDateTime(new Date("2026-03-10T18:00:00Z"), "Asia/Kolkata")).toEqual({
      date: "2026-03-10",
      minutes: 23 * 60 + 30,
    });
    expect(localDateTime(new Date("2026-03-10T18:30:00Z"), "Asia/Kolkata")).toEqual({
      date: "2026-03-11",
      minutes: 0,
    });
  });

  it("turns clinic wall time into the right instant in IST and in DST zones", () => {
    expect(zonedToUtc("2026-03-10", "23:30", "Asia/Kolkata").toISOString()).toBe(
      "2026-03-10T18:00:00.000Z",
    );
    expect(zonedToUtc("2026-03-11", "00:15", "Asia/Kolkata").toISOString()).toBe(
      "2026-03-10T18:45:00.000Z",
    );
    // New York: EST (-5) in January, EDT (-4) in July; the day DST starts (2026-03-08) at 09:00.
    expect(zonedToUtc("2026-01-15", "09:00", "America/New_York").toISOString()).toBe(
      "2026-01-15T14:00:00.000Z",
    );
    expect(zonedToUtc("2026-07-15", "09:00", "America/New_York").toISOString()).toBe(
      "2026-07-15T13:00:00.000Z",
    );
    expect(zonedToUtc("2026-03-08", "09:00", "America/New_York").toISOString()).toBe(
      "2026-03-08T13:00:00.000Z",
    );
    // Nepal is +05:45: quarter-hour offsets survive.
    expect(zonedToUtc("2026-05-01", "10:00", "Asia/Kathmandu").toISOString()).toBe(
      "2026-05-01T04:15:00.000Z",
    );
  });

  it("does calendar arithmetic without a zone", () => {
    expect(addDays("2026-02-27", 2)).toBe("2026-03-01");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-01-01", -1)).toBe("2025-12-31");
    expect(daysBetween("2026-01-30", "2026-03-01")).toBe(30);
    expect(weekdayOf("2026-03-10")).toBe(2); // a Tuesday
    expect(parseTime("09:30:00")).toBe(570);
    expect(parseTime("24:00:00")).toBe(1440);
    expect(formatTime(570)).toBe("09:30");
    expect(formatTime(570)).toBe("09:30"); // the remembered label
    expect(formatTime(1440)).toBe("24:00");
    expect(eachDay("2026-02-27", 3)).toEqual([
      { date: "2026-02-27", weekday: 5 },
      { date: "2026-02-28", weekday: 6 },
      { date: "2026-03-01", weekday: 0 },
    ]);
    expect(eachDay("2026-03-10", 0)).toEqual([]);
  });

  it("answers the same instant again from memory, per zone and to the second", () => {
    const instant = new Date("2026-03-10T18:29:59.100Z");
    const first = localDateTime(instant, "Asia/Kolkata");
    expect(first).toEqual({ date: "2026-03-10", minutes: 23 * 60 + 59 });
    // A caller changing its answer does not change the next one.
    first.minutes = 0;
    expect(localDateTime(new Date("2026-03-10T18:29:59.900Z"), "Asia/Kolkata")).toEqual({
      date: "2026-03-10",
      minutes: 23 * 60 + 59,
    });
    expect(localDateTime(new Date("2026-03-10T18:30:00.000Z"), "Asia/Kolkata").date).toBe(
      "2026-03-11",
    );
    expect(localDateTime(instant, "America/New_York")).toEqual({
      date: "2026-03-10",
      minutes: 14 * 60 + 29,
    });
    expect(() => localDateTime(instant, "Mars/Olympus")).toThrow(RangeError);
  });

  it("knows real dates and zones", () => {
    expect(isCalendarDate("2026-02-28")).toBe(true);
    expect(isCalendarDate("2026-02-30")).toBe(false);
    expect(isCalendarDate("2026-2-3")).toBe(false);
    expect(isValidTimeZone("Asia/Kolkata")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus")).toBe(false);
  });
});
