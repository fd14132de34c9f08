import { describe, expect, it } from "vitest";
import {
  bookableDates,
  canCancelLabBooking,
  canMoveLabBooking,
  canUploadLabReport,
  nextLabStatus,
  pinArea,
  slotTimes,
} from "./policy";

describe("lab booking policy", () => {
  it("offers tomorrow to 7 days ahead on India's calendar, even late at night UTC", () => {
    // 20:00 UTC on 5 Dec is already 01:30 on 6 Dec in India.
    const dates = bookableDates(new Date("2026-12-05T20:00:00Z"));
    expect(dates).toEqual([
      "2026-12-07",
      "2026-12-08",
      "2026-12-09",
      "2026-12-10",
      "2026-12-11",
      "2026-12-12",
      "2026-12-13",
    ]);
  });

  it("collects at home 06:00-11:00 hourly and takes lab visits 08:00-16:00", () => {
    expect(slotTimes("home_collection")).toEqual([
      "06:00",
      "07:00",
      "08:00",
      "09:00",
      "10:00",
      "11:00",
    ]);
    expect(slotTimes("lab_visit")[0]).toBe("08:00");
    expect(slotTimes("lab_visit").at(-1)).toBe("16:00");
  });

  it("counts places per PIN area (first three digits)", () => {
    expect(pinArea("411004")).toBe("411");
  });

  it.each([
    ["booked", "sample_collected", true],
    ["booked", "processing", false],
    ["sample_collected", "processing", true],
    ["processing", "sample_collected", false],
    ["report_ready", "processing", false],
    ["booked", "cancelled", true],
    ["processing", "cancelled", false],
    ["cancelled", "sample_collected", false],
  ] as const)("admin moves %s -> %s: %s", (from, to, allowed) => {
    expect(canMoveLabBooking(from, to)).toBe(allowed);
  });

  it("lets the patient cancel only while booked, and takes a report once the sample is in", () => {
    expect(canCancelLabBooking("booked")).toBe(true);
    expect(canCancelLabBooking("sample_collected")).toBe(false);
    expect(canUploadLabReport("booked")).toBe(false);
    expect(canUploadLabReport("processing")).toBe(true);
    expect(canUploadLabReport("report_ready")).toBe(false);
    expect(nextLabStatus("processing")).toBeNull();
  });
});
