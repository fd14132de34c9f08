import { describe, expect, it } from "vitest";
import { isBookableSlot, listFreeSlots, type Schedule, type WeeklyWindow } from "./slots";

// 2026-03-10 is a Tuesday (weekday 2). Instants are written in UTC; IST = UTC+05:30.
const tuesday = "2026-03-10";
const window = (overrides: Partial<WeeklyWindow> = {}): WeeklyWindow => ({
  weekday: 2,
  startTime: "09:00:00",
  endTime: "12:00:00",
  slotMinutes: 30,
  mode: "both",
  ...overrides,
});
const schedule = (overrides: Partial<Schedule> = {}): Schedule => ({
  windows: [window()],
  timeOff: [],
  booked: [],
  ...overrides,
});
// Monday 2026-03-09 08:00 IST: every Tuesday slot is in the future.
const mondayMorning = new Date("2026-03-09T02:30:00Z");
const times = (s: Schedule, now = mondayMorning, date = tuesday) =>
  listFreeSlots(s, { from: date, to: date }, { now })[0]!.slots.map((x) => x.time);

describe("listFreeSlots", () => {
  it("cuts the weekly window into slots and lists every day of the range", () => {
    const days = listFreeSlots(
      schedule(),
      { from: "2026-03-09", to: "2026-03-11" },
      { now: mondayMorning },
    );
    expect(days.map((d) => d.date)).toEqual(["2026-03-09", "2026-03-10", "2026-03-11"]);
    expect(days[0]!.slots).toEqual([]);
    expect(days[2]!.slots).toEqual([]);
    expect(days[1]!.slots).toEqual(
      ["09:00", "09:30", "10:00", "10:30", "11:00", "11:30"].map((time) => ({
        time,
        modes: ["online", "offline"],
      })),
    );
  });

  it("drops a partial last slot and merges overlapping windows' modes", () => {
    const s = schedule({
      windows: [
        window({ endTime: "10:45", mode: "online" }),
        window({ startTime: "10:00", endTime: "11:00", mode: "offline" }),
      ],
    });
    const slots = listFreeSlots(s, { from: tuesday, to: tuesday }, { now: mondayMorning })[0]!
      .slots;
    expect(slots).toEqual([
      { time: "09:00", modes: ["online"] },
      { time: "09:30", modes: ["online"] },
      { time: "10:00", modes: ["online", "offline"] },
      { time: "10:30", modes: ["offline"] },
    ]);
  });

  it("keeps only the modes the doctor offers", () => {
    const s = schedule({ offers: { online: false, offline: true } });
    const slots = listFreeSlots(s, { from: tuesday, to: tuesday }, { now: mondayMorning })[0]!
      .slots;
    expect(new Set(slots.flatMap((x) => x.modes))).toEqual(new Set(["offline"]));
    const none = schedule({
      windows: [window({ mode: "online" })],
      offers: { online: false, offline: true },
    });
    expect(times(none)).toEqual([]);
  });

  it("removes booked slots (and slots a longer booking overlaps) and days off", () => {
    const s = schedule({
      booked: [
        { date: tuesday, time: "09:30:00" },
        { date: tuesday, time: "10:45:00", durationMinutes: 30 },
      ],
    });
    expect(times(s)).toEqual(["09:00", "10:00", "11:30"]);
    const off = schedule({ timeOff: [{ startsOn: "2026-03-10", endsOn: "2026-03-12" }] });
    expect(times(off)).toEqual([]);
  });

  it("hides past slots and those inside the minimum notice, in the doctor's zone", () => {
    // Tuesday 09:40 IST: 09:00 and 09:30 are past, 10:00 and 10:30 are within the hour's notice.
    const now = new Date("2026-03-10T04:10:00Z");
    expect(times(schedule(), now)).toEqual(["11:00", "11:30"]);
  });

  it("handles 23:30 IST: the IST date is already tomorrow's while UTC still says today", () => {
    // 2026-03-09T18:00Z is Monday 23:30 IST. A late window on Monday is over; Tuesday's is open.
    const now = new Date("2026-03-09T18:00:00Z");
    const s = schedule({
      windows: [
        window({ weekday: 1, startTime: "22:00", endTime: "24:00:00" }),
        window({ weekday: 2, startTime: "00:00", endTime: "02:00" }),
      ],
    });
    const days = listFreeSlots(s, { from: "2026-03-09", to: "2026-03-10" }, { now });
    expect(days[0]!.slots).toEqual([]);
    // Notice of 60 min from 23:30 -> 00:30 Tuesday.
    expect(days[1]!.slots.map((x) => x.time)).toEqual(["00:30", "01:00", "01:30"]);
    // The 23:30 Monday slot would be bookable with no notice at 23:29 IST, and not at 23:31.
    const noNotice = { minNoticeMinutes: 0 };
    const slot = { date: "2026-03-09", time: "23:30", mode: "online" as const };
    expect(isBookableSlot(s, slot, { now: new Date("2026-03-09T17:59:00Z"), ...noNotice }).ok).toBe(
      true,
    );
    expect(isBookableSlot(s, slot, { now: new Date("2026-03-09T18:01:00Z"), ...noNotice })).toEqual(
      {
        ok: false,
        reason: "past",
      },
    );
  });

  it("honours the doctor's own minimum notice, in listing and booking alike", () => {
    // Monday 08:00 IST + 25 h notice = Tuesday 09:00: nothing before it.
    const s = schedule({ minNoticeMinutes: 25 * 60 });
    expect(times(s)).toEqual(["09:00", "09:30", "10:00", "10:30", "11:00", "11:30"]);
    const strict = schedule({ minNoticeMinutes: 25 * 60 + 45 });
    expect(times(strict)).toEqual(["10:00", "10:30", "11:00", "11:30"]);
    const slot = { date: tuesday, time: "09:30", mode: "online" as const };
    expect(isBookableSlot(strict, slot, { now: mondayMorning })).toEqual({
      ok: false,
      reason: "too_soon",
    });
    // No notice at all: a slot a minute away is still bookable.
    const none = schedule({ windows: [window({ weekday: 1, startTime: "08:01" })] });
    const soon = { date: "2026-03-09", time: "08:01", mode: "online" as const };
    expect(isBookableSlot({ ...none, minNoticeMinutes: 0 }, soon, { now: mondayMorning }).ok).toBe(
      true,
    );
    expect(isBookableSlot(none, soon, { now: mondayMorning }).ok).toBe(false);
  });

  it("reads the template in the doctor's own zone (New York)", () => {
    // 2026-03-10 13:30 UTC = 09:30 EDT in New York (DST began 2026-03-08), 19:00 IST.
    const now = new Date("2026-03-10T13:30:00Z");
    const ny = schedule({ timezone: "America/New_York" });
    // Notice until 10:30 New York time.
    expect(times(ny, now)).toEqual(["10:30", "11:00", "11:30"]);
    // The same instant seen from an IST doctor: Tuesday's 09:00-12:00 is long over.
    expect(times(schedule(), now)).toEqual([]);
  });

  it("stops at the booking horizon and refuses ranges over 31 days", () => {
    const far = listFreeSlots(
      schedule(),
      { from: "2026-06-09", to: "2026-06-09" },
      { now: mondayMorning, maxAdvanceDays: 90 },
    );
    expect(far[0]!.slots).toEqual([]);
    expect(() =>
      listFreeSlots(schedule(), { from: "2026-03-01", to: "2026-04-01" }, { now: mondayMorning }),
    ).toThrow(RangeError);
    expect(() =>
      listFreeSlots(schedule(), { from: "2026-03-02", to: "2026-03-01" }, { now: mondayMorning }),
    ).toThrow(RangeError);
    expect(
      listFreeSlots(schedule(), { from: "2026-03-01", to: "2026-03-31" }, { now: mondayMorning }),
    ).toHaveLength(31);
  });
});

describe("isBookableSlot", () => {
  const check = (
    slot: Partial<{ date: string; time: string; mode: "online" | "offline" }>,
    s = schedule(),
  ) =>
    isBookableSlot(
      s,
      { date: tuesday, time: "10:00", mode: "online", ...slot },
      { now: mondayMorning },
    );

  it("accepts exactly the listed slots, with their length", () => {
    expect(check({})).toEqual({ ok: true, durationMinutes: 30 });
    const listed = times(schedule());
    for (const time of ["08:30", "09:00", "09:15", "11:30", "12:00"]) {
      expect(check({ time }).ok).toBe(listed.includes(time));
    }
  });

  it.each([
    [{ date: "2026-03-08" }, schedule(), "past"],
    [{ date: "2026-03-09", time: "07:30" }, schedule(), "past"],
    [{ date: "2026-03-09", time: "08:30" }, schedule(), "too_soon"],
    [{ time: "09:00" }, schedule({ minNoticeMinutes: 26 * 60 }), "too_soon"],
    [{ date: "2026-09-08" }, schedule(), "too_far"],
    [{}, schedule({ timeOff: [{ startsOn: tuesday, endsOn: tuesday }] }), "time_off"],
    [{ time: "13:00" }, schedule(), "outside_hours"],
    [{ date: "2026-03-11" }, schedule(), "outside_hours"],
    [{}, schedule({ windows: [window({ mode: "offline" })] }), "mode_unavailable"],
    [
      { mode: "offline" as const },
      schedule({ offers: { online: true, offline: false } }),
      "mode_unavailable",
    ],
    [{}, schedule({ booked: [{ date: tuesday, time: "10:00:00" }] }), "taken"],
  ])("refuses case %# with the right reason", (slot, s, reason) => {
    expect(check(slot, s)).toEqual({ ok: false, reason });
  });
});
