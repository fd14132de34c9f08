import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { appointments, doctorAvailability, doctors, doctorTimeOff } from "@/db/schema";
import { GET, PUT } from "@/app/api/v1/doctors/me/availability/route";
import { weekdayOf } from "@/lib/appointments/zoned-time";
import { call } from "@/tests/api-client";
import {
  clinicDate,
  createAppointment,
  createBookableDoctor,
  createPatientWithToken,
  tokenFor,
} from "@/tests/factories-appointments";

async function doctorWithToken() {
  const created = await createBookableDoctor();
  return { ...created, token: await tokenFor(created.user) };
}

const put = (token: string, body: unknown, dryRun = false) =>
  call(PUT, {
    method: "PUT",
    path: `/doctors/me/availability${dryRun ? "?dryRun=true" : ""}`,
    token,
    body,
  });

const mondays = (ranges: Array<[string, string]>) =>
  ranges.map(([startTime, endTime]) => ({ weekday: 1, startTime, endTime, mode: "both" }));

const doc = (overrides: Record<string, unknown> = {}) => ({
  slotMinutes: 30,
  weekly: mondays([["09:00", "12:00"]]),
  timeOff: [],
  minNoticeMinutes: 120,
  instantConfirm: false,
  ...overrides,
});

const templateOf = (doctorId: number) =>
  db.select().from(doctorAvailability).where(eq(doctorAvailability.doctorId, doctorId));

let drA: Awaited<ReturnType<typeof doctorWithToken>>;
let drB: Awaited<ReturnType<typeof doctorWithToken>>;
let patient: Awaited<ReturnType<typeof createPatientWithToken>>;

beforeEach(async () => {
  [drA, drB, patient] = await Promise.all([
    doctorWithToken(),
    doctorWithToken(),
    createPatientWithToken({ fullName: "Asha Rao" }),
  ]);
});

describe("GET|PUT /doctors/me/availability", () => {
  it("reads the document with a 7-day preview; 403 without a doctor profile", async () => {
    const res = await call(GET, { path: "/doctors/me/availability", token: drA.token });
    expect(res.status).toBe(200);
    expect(res.body.data.weekly).toHaveLength(14);
    expect(res.body.data).toMatchObject({ minNoticeMinutes: 60, instantConfirm: true });
    expect(res.body.data.preview).toHaveLength(7);
    const asPatient = await call(GET, { path: "/doctors/me/availability", token: patient.token });
    expect(asPatient.status).toBe(403);
    expect((await put(patient.token, doc())).status).toBe(403);
  });

  it("replaces the whole document, several ranges a day, and B's save never touches A", async () => {
    const res = await put(
      drB.token,
      doc({
        weekly: mondays([
          ["09:00", "12:00"],
          ["14:00", "17:00"],
        ]),
      }),
    );
    expect(res.status).toBe(200);
    expect(res.body.data.saved).toBe(true);
    expect(res.body.data.availability).toMatchObject({
      minNoticeMinutes: 120,
      instantConfirm: false,
    });
    expect(await templateOf(drB.doctor.id)).toHaveLength(2);
    expect(await templateOf(drA.doctor.id)).toHaveLength(14);
    const [b] = await db.select().from(doctors).where(eq(doctors.id, drB.doctor.id));
    expect(b).toMatchObject({ minNoticeMinutes: 120, instantConfirm: false });
    const [a] = await db.select().from(doctors).where(eq(doctors.id, drA.doctor.id));
    expect(a).toMatchObject({ minNoticeMinutes: 60, instantConfirm: true });
  });

  it("refuses overlaps, slots that do not fit and past days off with the paths (422), saving nothing", async () => {
    const res = await put(
      drA.token,
      doc({
        weekly: [
          ...mondays([
            ["09:00", "12:00"],
            ["11:30", "13:00"],
          ]),
          { weekday: 2, startTime: "09:00", endTime: "09:20", slotMinutes: 30 },
        ],
        timeOff: [{ startsOn: clinicDate(-3), endsOn: clinicDate(-2) }],
      }),
    );
    expect(res.status).toBe(422);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    const paths = res.body.errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(["weekly.1.startTime", "weekly.2.slotMinutes"]));
    const past = await put(
      drA.token,
      doc({ timeOff: [{ startsOn: clinicDate(-3), endsOn: clinicDate(-2) }] }),
    );
    expect(past.status).toBe(422);
    expect(past.body.errors).toEqual([expect.objectContaining({ path: "timeOff.0.endsOn" })]);
    expect(await templateOf(drA.doctor.id)).toHaveLength(14);
  });

  it("reports live bookings the new hours leave out, changes none, and a dry run saves nothing", async () => {
    const date = clinicDate(3);
    const kept = await createAppointment({
      patientId: patient.user.id,
      doctorId: drA.doctor.id,
      date,
      time: "15:00",
    });
    const off = clinicDate(5);
    const onLeave = await createAppointment({
      patientId: patient.user.id,
      doctorId: drA.doctor.id,
      date: off,
      time: "09:00",
      status: "pending",
    });
    await createAppointment({
      patientId: patient.user.id,
      doctorId: drA.doctor.id,
      date,
      time: "16:00",
      status: "cancelled",
    });
    const only = [{ weekday: weekdayOf(date), startTime: "09:00", endTime: "12:00", mode: "both" }];
    const body = doc({
      weekly: only,
      timeOff: [{ startsOn: off, endsOn: off, reason: "Wedding" }],
    });

    const dry = await put(drA.token, body, true);
    expect(dry.status).toBe(200);
    expect(dry.body.data.saved).toBe(false);
    expect(dry.body.data.affectedAppointments).toEqual([
      { id: kept.uuid, date, time: "15:00", patientFirstName: "Asha", why: "outside_hours" },
      { id: onLeave.uuid, date: off, time: "09:00", patientFirstName: "Asha", why: "time_off" },
    ]);
    expect(await templateOf(drA.doctor.id)).toHaveLength(14);
    expect(
      await db.select().from(doctorTimeOff).where(eq(doctorTimeOff.doctorId, drA.doctor.id)),
    ).toEqual([]);

    const saved = await put(drA.token, body);
    expect(saved.body.data.saved).toBe(true);
    expect(saved.body.data.affectedAppointments).toHaveLength(2);
    expect(await templateOf(drA.doctor.id)).toHaveLength(1);
    const statuses = await db
      .select({ status: appointments.status })
      .from(appointments)
      .where(eq(appointments.doctorId, drA.doctor.id));
    expect(statuses.map((s) => s.status).sort()).toEqual(["cancelled", "confirmed", "pending"]);
  });
});
