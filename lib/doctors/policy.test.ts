import { describe, expect, it } from "vitest";
import { consultationModeIssues, weeklyHoursIssues } from "./policy";
import { feeSchema, normaliseLicenseNumber, updateDoctorProfileSchema } from "./schemas";

const range = (weekday: number, startTime: string, endTime: string, slotMinutes = 30) => ({
  weekday,
  startTime,
  endTime,
  slotMinutes,
});

describe("weeklyHoursIssues", () => {
  it("accepts several touching ranges per weekday, in any order", () => {
    expect(
      weeklyHoursIssues([
        range(1, "14:00", "18:00"),
        range(1, "09:00", "13:00"),
        range(1, "13:00", "14:00", 60),
        range(2, "09:00", "13:00"),
      ]),
    ).toEqual([]);
  });

  it("flags the later-starting range of an overlap, also one hidden inside a long range", () => {
    expect(
      weeklyHoursIssues([
        range(3, "08:00", "18:00"),
        range(3, "09:00", "10:00"),
        range(3, "17:30", "19:00"),
      ]),
    ).toEqual([
      { path: [1, "startTime"], message: "overlaps 08:00-18:00 on Wednesday" },
      { path: [2, "startTime"], message: "overlaps 08:00-18:00 on Wednesday" },
    ]);
  });

  it("does not compare different weekdays", () => {
    expect(weeklyHoursIssues([range(0, "09:00", "12:00"), range(6, "09:00", "12:00")])).toEqual([]);
  });

  it("needs the end after the start and room for one slot", () => {
    expect(weeklyHoursIssues([range(1, "10:00", "10:00"), range(2, "10:00", "10:20", 30)])).toEqual(
      [
        {
          path: [0, "endTime"],
          message: "must be after startTime (a range cannot cross midnight)",
        },
        {
          path: [1, "slotMinutes"],
          message: "a 30-minute slot does not fit between 10:00 and 10:20",
        },
      ],
    );
  });
});

describe("consultationModeIssues", () => {
  it.each([
    [{ offersOnline: true, offersOffline: true, feeOnline: "1.00", feeOffline: "2.00" }, []],
    [{ offersOnline: true, offersOffline: false, feeOnline: "1.00", feeOffline: null }, []],
    [
      { offersOnline: true, offersOffline: true, feeOnline: null, feeOffline: undefined },
      ["feeOnline", "feeOffline"],
    ],
    [
      { offersOnline: false, offersOffline: false, feeOnline: "1.00", feeOffline: "1.00" },
      ["offersOnline"],
    ],
  ])("%o -> %o", (profile, paths) => {
    expect(consultationModeIssues(profile).map((i) => i.path.join("."))).toEqual(paths);
  });
});

describe("profile schemas", () => {
  it.each([
    ["499", "499.00"],
    ["499.5", "499.50"],
    [499, "499.00"],
    [0, "0.00"],
    ["0499.90", "499.90"],
    [" 100000 ", "100000.00"],
  ])("reads the fee %o as %s", (input, fee) => {
    expect(feeSchema.parse(input)).toBe(fee);
  });

  it.each(["499.999", "-1", "1e3", "100000.01", "", true])("refuses the fee %o", (input) => {
    expect(feeSchema.safeParse(input).success).toBe(false);
  });

  it("compares licence numbers without spaces and case", () => {
    expect(normaliseLicenseNumber(" mh 2019\t004512 ")).toBe("MH2019004512");
  });

  it("defaults a range's slot length and mode, and puts overlap errors under availability", () => {
    const ok = updateDoctorProfileSchema.parse({
      availability: [{ weekday: 1, startTime: "09:00", endTime: "10:00" }],
    });
    expect(ok.availability).toEqual([
      { weekday: 1, startTime: "09:00", endTime: "10:00", slotMinutes: 30, mode: "both" },
    ]);
    const bad = updateDoctorProfileSchema.safeParse({
      availability: [range(1, "09:00", "10:00"), range(1, "09:30", "11:00")],
    });
    expect(bad.error?.issues.map((i) => i.path.join("."))).toEqual(["availability.1.startTime"]);
  });
});
