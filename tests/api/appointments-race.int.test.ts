import { describe, expect, it } from "vitest";
import { and, eq, inArray } from "drizzle-orm";
import { db, dbDriver } from "@/db/client";
import { appointments, notifications } from "@/db/schema";
import { POST as bookRoute } from "@/app/api/v1/appointments/route";
import { POST as rescheduleRoute } from "@/app/api/v1/appointments/[id]/reschedule/route";
import { flushDeferred } from "@/lib/tasks/defer";
import { call } from "@/tests/api-client";
import {
  clinicDate,
  createBookableDoctor,
  createPatientWithToken,
} from "@/tests/factories-appointments";

const liveRows = (doctorId: number, date: string, time: string) =>
  db
    .select({ id: appointments.id, patientId: appointments.patientId })
    .from(appointments)
    .where(
      and(
        eq(appointments.doctorId, doctorId),
        eq(appointments.date, date),
        eq(appointments.time, time),
        inArray(appointments.status, ["pending", "confirmed"]),
      ),
    );

describe(`the booking race (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("50 patients, one slot, all at once: exactly one 201, 49 409s, one live row", async () => {
    const { doctor } = await createBookableDoctor();
    const patients = await Promise.all(Array.from({ length: 50 }, () => createPatientWithToken()));
    const body = {
      doctorId: doctor.uuid,
      date: clinicDate(2),
      time: "11:30",
      consultationType: "online",
    };

    const started = performance.now();
    const results = await Promise.all(
      patients.map(({ token }) => call(bookRoute, { path: "/appointments", body, token })),
    );
    const ms = performance.now() - started;

    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);
    for (const r of results.filter((x) => x.status === 409)) {
      expect(r.body).toMatchObject({ status: 409, detail: expect.stringMatching(/just taken/) });
    }
    const live = await liveRows(doctor.id, body.date, body.time);
    expect(live).toHaveLength(1);
    const winner = patients.findIndex((_, i) => statuses[i] === 201);
    expect(live[0]!.patientId).toBe(patients[winner]!.user.id);
    // The losers' transactions rolled back whole: only the winner's two notices exist.
    expect(await db.$count(notifications)).toBe(2);
    await flushDeferred();
    console.info(`[race] driver=${dbDriver()} 50 requests in ${Math.round(ms)} ms`);
  });

  it("two patients rescheduling into the same free slot at once: one wins, the other keeps theirs", async () => {
    const { doctor } = await createBookableDoctor();
    const [p1, p2] = await Promise.all([createPatientWithToken(), createPatientWithToken()]);
    const date = clinicDate(2);
    const bookAt = async (token: string, time: string) =>
      (
        await call(bookRoute, {
          body: { doctorId: doctor.uuid, date, time, consultationType: "online" },
          token,
        })
      ).body.data.id as string;
    const a = await bookAt(p1!.token, "09:00");
    const b = await bookAt(p2!.token, "09:30");

    const move = (id: string, token: string) =>
      call(rescheduleRoute, { params: { id }, token, body: { date, time: "16:00" } });
    const [r1, r2] = await Promise.all([move(a, p1!.token), move(b, p2!.token)]);
    expect([r1.status, r2.status].sort()).toEqual([200, 409]);
    expect(await liveRows(doctor.id, date, "16:00")).toHaveLength(1);
    // The loser's original appointment is still live (its transaction rolled back).
    const [loserTime] = r1.status === 409 ? ["09:00"] : ["09:30"];
    expect(await liveRows(doctor.id, date, loserTime!)).toHaveLength(1);
  });
});
