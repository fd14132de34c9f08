import { describe, expect, it } from "vitest";
import type { WeeklyWindow } from "@/lib/appointments/slots";
import { findOrphans, firstName, type LiveBooking } from "./orphans";

// 2026-03-10 is a Tuesday (weekday 2).
const tuesday = (from: string, to: string, mode: WeeklyWindow["mode"] = "both"): WeeklyWindow => ({
  weekday: 2,
  startTime: from,
  endTime: to,
  slotMinutes: 30,
  mode,
});
const booking = (overrides: Partial<LiveBooking> = {}): LiveBooking => ({
  uuid: "00000000-0000-4000-8000-000000000001",
  date: "2026-03-10",
  time: "10:00:00",
  durationMinutes: 30,
  consultationType: "online",
  patientName: "Asha Rao",
  ...overrides,
});

describe("findOrphans", () => {
  it("keeps bookings the new hours still cover, whole slot and mode", () => {
    expect(findOrphans([booking()], [tuesday("09:00", "12:00")], [])).toEqual([]);
    expect(findOrphans([booking({ time: "11:30" })], [tuesday("09:00", "12:00")], [])).toEqual([]);
  });

  it("reports bookings outside the new hours, half outside or in a mode no longer offered", () => {
    const cases = [
      booking({ time: "12:00" }),
      booking({ time: "11:45" }),
      booking({ date: "2026-03-11" }),
    ];
    expect(findOrphans(cases, [tuesday("09:00", "12:00")], []).map((o) => o.why)).toEqual([
      "outside_hours",
      "outside_hours",
      "outside_hours",
    ]);
    expect(findOrphans([booking()], [tuesday("09:00", "12:00", "offline")], [])).toHaveLength(1);
  });

  it("reports bookings inside new time off, with the patient's first name only", () => {
    const off = [{ startsOn: "2026-03-09", endsOn: "2026-03-10" }];
    expect(findOrphans([booking()], [tuesday("09:00", "12:00")], off)).toEqual([
      {
        id: "00000000-0000-4000-8000-000000000001",
        date: "2026-03-10",
        time: "10:00",
        patientFirstName: "Asha",
        why: "time_off",
      },
    ]);
  });

  it("lists them in date and time order", () => {
    const list = findOrphans(
      [booking({ time: "16:00", uuid: "b" }), booking({ time: "08:00", uuid: "a" })],
      [],
      [],
    );
    expect(list.map((o) => o.id)).toEqual(["a", "b"]);
    expect(firstName("  Ravi  ")).toBe("Ravi");
  });
});
