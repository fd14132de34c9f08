import { describe, expect, it } from "vitest";
import { GET as statsRoute } from "@/app/api/v1/doctors/me/stats/route";
import { db } from "@/db/client";
import { ratings } from "@/db/schema";
import { addDays } from "@/lib/appointments/zoned-time";
import { getDoctorStats } from "@/lib/doctors/stats";
import { call } from "@/tests/api-client";
import { createDoctor, createUser } from "@/tests/factories";
import { createAppointment, tokenFor } from "@/tests/factories-appointments";
import { actorFor } from "@/tests/factories-users";

// 10:00 in Kolkata on Wednesday 2026-03-18.
const now = new Date("2026-03-18T04:30:00Z");
const today = "2026-03-18";

/** A doctor with known appointments and ratings; another doctor's data must never leak in. */
async function fixture() {
  const { doctor, user } = await createDoctor({ ratingAvg: "4.50", ratingCount: 2 });
  const [p1, p2, p3, p4] = await Promise.all([1, 2, 3, 4].map(() => createUser()));
  const at = (
    patientId: number,
    date: string,
    time: string,
    status: Parameters<typeof createAppointment>[0]["status"],
    chiefComplaint: string | null = null,
  ) => createAppointment({ patientId, doctorId: doctor.id, date, time, status, chiefComplaint });
  // Decided past visits: 3 completed (patients 1, 1, 2) and 1 no-show.
  await at(p1!.id, addDays(today, -3), "09:00", "completed", "Fever ");
  await at(p1!.id, addDays(today, -10), "09:30", "completed", "fever");
  await at(p2!.id, addDays(today, -20), "11:00", "completed", "  Back pain");
  await at(p3!.id, addDays(today, -5), "09:00", "no_show", "Cough");
  // Outside the 8 weeks (57 days ago), still completed: counts for rates, not the weekly average.
  await at(p4!.id, addDays(today, -57), "16:00", "completed", "FEVER");
  // Today: two held, one cancelled (not counted anywhere but reasons).
  await at(p2!.id, today, "09:00", "confirmed", "Cough");
  await at(p3!.id, today, "11:00", "pending", "Headache");
  await at(p4!.id, today, "12:00", "cancelled", "Rash");
  // A rescheduled one is not counted at all (its successor is).
  await at(p4!.id, addDays(today, -2), "15:00", "rescheduled", "Rash");
  await db.insert(ratings).values([
    { patientId: p1!.id, doctorId: doctor.id, rating: 5, review: "Very kind." },
    { patientId: p2!.id, doctorId: doctor.id, rating: 4, review: "  " },
  ]);

  // Noise: another doctor's appointments with the same patients.
  const other = await createDoctor();
  await createAppointment({
    patientId: p1!.id,
    doctorId: other.doctor.id,
    date: today,
    time: "09:00",
    status: "completed",
    chiefComplaint: "Fever",
  });
  return { doctor, user };
}

describe("getDoctorStats", () => {
  it("computes every figure from the doctor's own data", async () => {
    const { user, doctor } = await fixture();
    const stats = await getDoctorStats(actorFor(user, doctor.id), { now });
    expect(stats).toEqual({
      patientsSeen: 3, // patients 1, 2 and 4 have a completed visit
      appointmentsToday: 2,
      completedCount: 4,
      noShowCount: 1,
      completionRate: 0.8,
      noShowRate: 0.2,
      averageRating: 4.5,
      ratingCount: 2,
      reviewCount: 1, // a blank review is no review
      busiestHours: [
        { hour: 9, count: 4 },
        { hour: 11, count: 2 },
        { hour: 16, count: 1 },
      ],
      topReasons: [
        { reason: "fever", count: 3 },
        { reason: "cough", count: 2 },
        { reason: "back pain", count: 1 },
        { reason: "headache", count: 1 },
        { reason: "rash", count: 1 },
      ],
      // Held within the 56 days up to today: -3, -10, -20, -5, today x2 = 6; 6 / 8 = 0.75 -> 0.8.
      averagePerWeek: 0.8,
    });
  });

  it("says no data yet (null rates, empty lists) for a new doctor", async () => {
    const { user, doctor } = await createDoctor({ verificationStatus: "pending" });
    const stats = await getDoctorStats(actorFor(user, doctor.id), { now });
    expect(stats).toMatchObject({
      patientsSeen: 0,
      appointmentsToday: 0,
      completionRate: null,
      noShowRate: null,
      averageRating: null,
      busiestHours: [],
      topReasons: [],
      averagePerWeek: 0,
    });
  });
});

describe("GET /doctors/me/stats", () => {
  it("answers the caller's own numbers; 404 for a patient; 401 anonymous", async () => {
    const { user } = await fixture();
    const res = await call(statsRoute, { path: "/doctors/me/stats", token: await tokenFor(user) });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ completedCount: 4, noShowCount: 1, ratingCount: 2 });

    const patient = await createUser();
    const denied = await call(statsRoute, {
      path: "/doctors/me/stats",
      token: await tokenFor(patient),
    });
    expect(denied.status).toBe(404);
    expect(denied.headers.get("content-type")).toBe("application/problem+json");
    expect((await call(statsRoute, { path: "/doctors/me/stats" })).status).toBe(401);
  });
});
