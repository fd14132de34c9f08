import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { doctors, ratings } from "@/db/schema";
import { GET as listRoute, POST as rateRoute } from "@/app/api/v1/doctors/[id]/ratings/route";
import { GET as oneRoute } from "@/app/api/v1/doctors/[id]/ratings/[ratingId]/route";
import { call } from "@/tests/api-client";
import { createDoctor } from "@/tests/factories";
import {
  clinicDate,
  createAppointment,
  createBookableDoctor,
  createPatientWithToken,
} from "@/tests/factories-appointments";

type Patient = Awaited<ReturnType<typeof createPatientWithToken>>;
type Doctor = Awaited<ReturnType<typeof createBookableDoctor>>;

let n = 0;
/** A completed appointment of `patient` with `dr` (a distinct past slot each time). */
const completed = (patient: Patient, dr: Doctor, status: "completed" | "confirmed" = "completed") =>
  createAppointment({
    patientId: patient.user.id,
    doctorId: dr.doctor.id,
    date: clinicDate(-1 - (++n % 300)),
    time: "10:00",
    status,
  });

const rate = (token: string, doctorId: string, body: unknown) =>
  call(rateRoute, { path: `/doctors/${doctorId}/ratings`, params: { id: doctorId }, token, body });

const list = (doctorId: string, query = "") =>
  call(listRoute, { path: `/doctors/${doctorId}/ratings${query}`, params: { id: doctorId } });

const aggregate = async (doctorId: number) => {
  const [row] = await db
    .select({ avg: doctors.ratingAvg, count: doctors.ratingCount })
    .from(doctors)
    .where(eq(doctors.id, doctorId));
  return row!;
};

let asha: Patient;
let ravi: Patient;
let dr: Doctor;

beforeEach(async () => {
  [asha, ravi, dr] = await Promise.all([
    createPatientWithToken({ fullName: "Asha Rao" }),
    createPatientWithToken({ fullName: "Ravi Kumar" }),
    createBookableDoctor(),
  ]);
});

describe("POST /doctors/:id/ratings", () => {
  it("rates after a completed appointment: 201, Location, DTO, and the doctor's aggregate", async () => {
    const appt = await completed(asha, dr);
    const res = await rate(asha.token, dr.doctor.uuid, {
      rating: 4,
      review: "  Listened carefully.  ",
      appointmentId: appt.uuid,
      wouldRecommend: true,
    });
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({
      rating: 4,
      review: "Listened carefully.",
      wouldRecommend: true,
      patientName: "Asha R.",
    });
    expect(res.headers.get("location")).toBe(
      `/api/v1/doctors/${dr.doctor.uuid}/ratings/${res.body.data.id}`,
    );
    expect(res.body.data).not.toHaveProperty("patientId");
    expect(await aggregate(dr.doctor.id)).toEqual({ avg: "4.0", count: 1 });

    const one = await call(oneRoute, {
      params: { id: dr.doctor.uuid, ratingId: res.body.data.id },
    });
    expect(one.status).toBe(200);
    expect(one.body.data).toEqual(res.body.data);

    const second = await completed(ravi, dr);
    expect(
      (await rate(ravi.token, dr.doctor.uuid, { rating: 5, appointmentId: second.uuid })).status,
    ).toBe(201);
    expect(await aggregate(dr.doctor.id)).toEqual({ avg: "4.5", count: 2 });
  });

  it("409 when the same patient rates the same doctor again; the aggregate is unchanged", async () => {
    const first = await completed(asha, dr);
    const again = await completed(asha, dr);
    expect(
      (await rate(asha.token, dr.doctor.uuid, { rating: 2, appointmentId: first.uuid })).status,
    ).toBe(201);
    const res = await rate(asha.token, dr.doctor.uuid, { rating: 5, appointmentId: again.uuid });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ status: 409, detail: expect.stringMatching(/already rated/) });
    expect(await aggregate(dr.doctor.id)).toEqual({ avg: "2.0", count: 1 });
  });

  it("422 on appointmentId for a not-completed appointment, someone else's, or another doctor's", async () => {
    const confirmed = await completed(asha, dr, "confirmed");
    const ravis = await completed(ravi, dr);
    const other = await createBookableDoctor({ name: "Dr. Kiran Shah" });
    const elsewhere = await completed(asha, other);
    for (const appointmentId of [confirmed.uuid, ravis.uuid, elsewhere.uuid, crypto.randomUUID()]) {
      const res = await rate(asha.token, dr.doctor.uuid, { rating: 5, appointmentId });
      expect(res.status).toBe(422);
      expect(res.body.errors).toEqual([{ path: "appointmentId", message: expect.any(String) }]);
      // The same answer whether or not the appointment exists: nothing is revealed.
      expect(res.body.detail).toMatch(/completed appointment/);
    }
    expect(await db.$count(ratings, eq(ratings.doctorId, dr.doctor.id))).toBe(0);
  });

  it("validates the body, needs a token, and 404s an unverified doctor", async () => {
    const appt = await completed(asha, dr);
    for (const body of [
      { rating: 0, appointmentId: appt.uuid },
      { rating: 6, appointmentId: appt.uuid },
      { rating: 3.5, appointmentId: appt.uuid },
      { rating: 3, appointmentId: appt.uuid, review: "x".repeat(2001) },
      { rating: 3 },
    ]) {
      expect((await rate(asha.token, dr.doctor.uuid, body)).status).toBe(422);
    }
    const anon = await call(rateRoute, {
      params: { id: dr.doctor.uuid },
      body: { rating: 3, appointmentId: appt.uuid },
    });
    expect(anon.status).toBe(401);
    const { doctor: pending } = await createDoctor({ verificationStatus: "pending" });
    expect(
      (await rate(asha.token, pending.uuid, { rating: 3, appointmentId: appt.uuid })).status,
    ).toBe(404);
    expect((await list(pending.uuid)).status).toBe(404);
  });

  it("20 patients rating at once leave exact count and average", async () => {
    const patients = await Promise.all(Array.from({ length: 20 }, () => createPatientWithToken()));
    const appts = await Promise.all(patients.map((p) => completed(p, dr)));
    const stars = patients.map((_, i) => (i % 5) + 1); // 4x each of 1..5 -> 3.0
    stars[0] = 5; // sum 64 -> 3.2
    const results = await Promise.all(
      patients.map((p, i) =>
        rate(p.token, dr.doctor.uuid, { rating: stars[i], appointmentId: appts[i]!.uuid }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(20).fill(201));
    expect(await aggregate(dr.doctor.id)).toEqual({ avg: "3.2", count: 20 });

    const res = await list(dr.doctor.uuid, "?pageSize=5");
    expect(res.status).toBe(200);
    expect(res.body.data).toHaveLength(5);
    expect(res.body.meta).toEqual({ page: 1, pageSize: 5, total: 20 });
    expect(res.body.summary).toEqual({
      average: 3.2,
      count: 20,
      distribution: { 1: 3, 2: 4, 3: 4, 4: 4, 5: 5 },
    });
  });
});

describe("GET /doctors/:id/ratings", () => {
  it("lists newest first with short names and an empty summary for no ratings", async () => {
    const empty = await list(dr.doctor.uuid);
    expect(empty.status).toBe(200);
    expect(empty.body).toEqual({
      data: [],
      meta: { page: 1, pageSize: 20, total: 0 },
      summary: { average: 0, count: 0, distribution: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 } },
    });
    const a = await completed(asha, dr);
    await rate(asha.token, dr.doctor.uuid, { rating: 3, appointmentId: a.uuid });
    const res = await list(dr.doctor.uuid);
    expect(res.body.data).toEqual([
      {
        id: expect.any(String),
        rating: 3,
        review: null,
        wouldRecommend: null,
        patientName: "Asha R.",
        createdAt: expect.any(String),
      },
    ]);
  });
});
