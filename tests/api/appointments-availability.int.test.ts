import { describe, expect, it } from "vitest";
import { GET as availabilityRoute } from "@/app/api/v1/doctors/[id]/availability/route";
import { getNextFreeSlots } from "@/lib/appointments/availability";
import { call } from "@/tests/api-client";
import { createUser } from "@/tests/factories";
import {
  addTimeOff,
  clinicDate,
  createAppointment,
  createBookableDoctor,
} from "@/tests/factories-appointments";

const get = (id: string, query = "") =>
  call(availabilityRoute, { path: `/doctors/${id}/availability${query}`, params: { id } });

const allDayTimes = [
  ...["09", "10", "11", "12"].flatMap((h) => [`${h}:00`, `${h}:30`]),
  ...["14", "15", "16", "17"].flatMap((h) => [`${h}:00`, `${h}:30`]),
];

describe("GET /doctors/:id/availability", () => {
  it("lists today and the next 13 days in the doctor's zone, without auth", async () => {
    const { doctor } = await createBookableDoctor();
    const res = await get(doctor.uuid);
    expect(res.status).toBe(200);
    const data = res.body.data;
    expect(data).toMatchObject({
      doctorId: doctor.uuid,
      timezone: "Asia/Kolkata",
      from: clinicDate(0),
      to: clinicDate(13),
    });
    expect(data.days).toHaveLength(14);
    expect(data.days[3]).toEqual({
      date: clinicDate(3),
      slots: allDayTimes.map((time) => ({ time, modes: ["online", "offline"] })),
    });
  });

  it("leaves out booked slots (live only), days off, and modes the doctor does not offer", async () => {
    const { doctor } = await createBookableDoctor({ offersOnline: false });
    const patient = await createUser();
    const day = clinicDate(2);
    await createAppointment({
      patientId: patient.id,
      doctorId: doctor.id,
      date: day,
      time: "10:00",
    });
    await createAppointment({
      patientId: patient.id,
      doctorId: doctor.id,
      date: day,
      time: "11:00",
      status: "cancelled",
    });
    await addTimeOff(doctor.id, clinicDate(4), clinicDate(5));

    const res = await get(doctor.uuid, `?from=${clinicDate(2)}&to=${clinicDate(6)}`);
    expect(res.status).toBe(200);
    const days = res.body.data.days as Array<{
      date: string;
      slots: Array<{ time: string; modes: string[] }>;
    }>;
    expect(days.map((d) => d.date)).toEqual([2, 3, 4, 5, 6].map((n) => clinicDate(n)));
    const times = days[0]!.slots.map((s) => s.time);
    expect(times).not.toContain("10:00");
    expect(times).toContain("11:00");
    expect(days[0]!.slots[0]!.modes).toEqual(["offline"]);
    expect(days[2]!.slots).toEqual([]);
    expect(days[3]!.slots).toEqual([]);
    expect(days[4]!.slots).toHaveLength(16);
  });

  it("never lists a slot that is past or within the hour's notice", async () => {
    const { doctor } = await createBookableDoctor(
      {},
      [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({
        weekday,
        startTime: "00:00",
        endTime: "24:00",
        slotMinutes: 15,
        mode: "both" as const,
      })),
    );
    const res = await get(doctor.uuid, `?from=${clinicDate(0)}&to=${clinicDate(0)}`);
    const first = res.body.data.days[0].slots[0];
    if (first) {
      const startsAt = new Date(`${clinicDate(0)}T${first.time}:00+05:30`).getTime();
      expect(startsAt - Date.now()).toBeGreaterThanOrEqual(59 * 60_000);
      expect(startsAt - Date.now()).toBeLessThan(76 * 60_000);
    }
  });

  it("uses the doctor's own timezone for today", async () => {
    const { doctor } = await createBookableDoctor({ timezone: "America/Los_Angeles" });
    const res = await get(doctor.uuid);
    expect(res.body.data).toMatchObject({
      timezone: "America/Los_Angeles",
      from: clinicDate(0, "America/Los_Angeles"),
    });
  });

  it.each([
    ["?from=2026-02-30", "from"],
    ["?from=tomorrow", "from"],
    [`?from=${clinicDate(5)}&to=${clinicDate(4)}`, "to"],
    [`?from=${clinicDate(0)}&to=${clinicDate(31)}`, "to"],
    [`?to=${clinicDate(-1)}`, "to"],
  ])("refuses %s with 422 at %s", async (query, path) => {
    const { doctor } = await createBookableDoctor();
    const res = await get(doctor.uuid, query);
    expect(res.status).toBe(422);
    expect(res.headers.get("content-type")).toMatch(/problem\+json/);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(path);
  });

  it("accepts exactly 31 days", async () => {
    const { doctor } = await createBookableDoctor();
    const res = await get(doctor.uuid, `?from=${clinicDate(0)}&to=${clinicDate(30)}`);
    expect(res.status).toBe(200);
    expect(res.body.data.days).toHaveLength(31);
  });

  it("is 404 for unverified, rejected, unknown and malformed doctor ids", async () => {
    const { doctor: pending } = await createBookableDoctor({ verificationStatus: "pending" });
    const { doctor: rejected } = await createBookableDoctor({
      verificationStatus: "rejected",
      rejectionReason: "licence",
    });
    for (const id of [
      pending.uuid,
      rejected.uuid,
      "0190a5a0-0000-7000-8000-000000000000",
      "nope",
    ]) {
      expect((await get(id)).status).toBe(404);
    }
  });
});

describe("getNextFreeSlots", () => {
  it("gives the next n free slots across days", async () => {
    const { doctor } = await createBookableDoctor(
      {},
      [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({
        weekday,
        startTime: "09:00",
        endTime: "10:00",
        slotMinutes: 30,
        mode: "online" as const,
      })),
    );
    // 06:00 IST tomorrow: both of that morning's slots are more than an hour away.
    const now = new Date(`${clinicDate(1)}T06:00:00+05:30`);
    const slots = await getNextFreeSlots(doctor.uuid, 3, { now });
    expect(slots).toEqual([
      { date: clinicDate(1), time: "09:00", modes: ["online"] },
      { date: clinicDate(1), time: "09:30", modes: ["online"] },
      { date: clinicDate(2), time: "09:00", modes: ["online"] },
    ]);
  });
});
