import { beforeEach, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { appointments, notifications } from "@/db/schema";
import { POST as bookRoute } from "@/app/api/v1/appointments/route";
import { DELETE as cancelRoute, GET as getRoute } from "@/app/api/v1/appointments/[id]/route";
import { POST as confirmRoute } from "@/app/api/v1/appointments/[id]/confirm/route";
import { POST as declineRoute } from "@/app/api/v1/appointments/[id]/decline/route";
import { GET as availabilityRoute } from "@/app/api/v1/doctors/[id]/availability/route";
import { bookAppointment, expireStaleRequests } from "@/lib/appointments/service";
import { flushDeferred } from "@/lib/tasks/defer";
import { call } from "@/tests/api-client";
import { errorOf } from "@/tests/app-error";
import { actorFor } from "@/tests/factories-users";
import {
  clinicDate,
  clinicMoment,
  createAppointment,
  createBookableDoctor,
  createPatientWithToken,
  tokenFor,
} from "@/tests/factories-appointments";

async function doctorWithToken(overrides: Parameters<typeof createBookableDoctor>[0] = {}) {
  const created = await createBookableDoctor({ instantConfirm: false, ...overrides });
  return { ...created, token: await tokenFor(created.user) };
}

const book = (token: string, doctorId: string, overrides: Record<string, unknown> = {}) =>
  call(bookRoute, {
    path: "/appointments",
    token,
    body: {
      doctorId,
      date: clinicDate(3),
      time: "10:00",
      consultationType: "online",
      ...overrides,
    },
  });

const post = (handler: typeof confirmRoute, id: string, token: string, body?: unknown) =>
  call(handler, { path: `/appointments/${id}/x`, params: { id }, token, body: body ?? {} });

const noticesOf = (userId: number, key: string) =>
  db
    .select({ params: notifications.params, body: notifications.body, link: notifications.link })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), eq(notifications.messageKey, key)));

let patient: Awaited<ReturnType<typeof createPatientWithToken>>;
let other: Awaited<ReturnType<typeof createPatientWithToken>>;
let drA: Awaited<ReturnType<typeof doctorWithToken>>;
let drB: Awaited<ReturnType<typeof doctorWithToken>>;

beforeEach(async () => {
  [patient, other, drA, drB] = await Promise.all([
    createPatientWithToken({ fullName: "Asha Rao" }),
    createPatientWithToken({ fullName: "Ravi Kumar" }),
    doctorWithToken({ name: "Dr. Meera Iyer" }),
    doctorWithToken({ name: "Dr. Kabir Shah" }),
  ]);
});

describe("requests: book, accept, decline", () => {
  it("books a pending request (or confirmed with instant confirmation)", async () => {
    const res = await book(patient.token, drA.doctor.uuid);
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({ status: "pending", canAnswer: false });
    expect(res.body.data.answerBy).toEqual(expect.any(String));
    const asDoctor = await call(getRoute, {
      path: `/appointments/${res.body.data.id}`,
      params: { id: res.body.data.id },
      token: drA.token,
    });
    expect(asDoctor.body.data).toMatchObject({ canAnswer: true, patient: { name: "Asha Rao" } });
    expect(await noticesOf(drA.user.id, "appointmentRequestedDoctor")).toHaveLength(1);

    const instant = await doctorWithToken({ instantConfirm: true });
    const now = await book(patient.token, instant.doctor.uuid, { time: "11:00" });
    expect(now.body.data.status).toBe("confirmed");
  });

  it("lets only the appointment's doctor accept: another doctor 404, the patient 403, twice 409", async () => {
    const { id } = (await book(patient.token, drA.doctor.uuid)).body.data;
    expect((await post(confirmRoute, id, drB.token)).status).toBe(404);
    expect((await post(declineRoute, id, drB.token, { reason: "No" })).status).toBe(404);
    expect(
      (
        await call(cancelRoute, {
          method: "DELETE",
          path: "/x",
          params: { id },
          token: drB.token,
          body: { reason: "x" },
        })
      ).status,
    ).toBe(404);
    const byPatient = await post(confirmRoute, id, patient.token);
    expect(byPatient.status).toBe(403);
    expect(byPatient.headers.get("content-type")).toContain("application/problem+json");
    expect((await post(confirmRoute, "not-a-uuid", drA.token)).status).toBe(404);

    const ok = await post(confirmRoute, id, drA.token);
    expect(ok.status).toBe(200);
    expect(ok.body.data).toMatchObject({ status: "confirmed", canAnswer: false });
    const again = await post(confirmRoute, id, drA.token);
    expect(again.status).toBe(409);
    expect(again.body.detail).toMatch(/confirmed/);
    expect(await noticesOf(patient.user.id, "appointmentConfirmed")).toHaveLength(1);
    await flushDeferred();
  });

  it("declines only with a reason, frees the slot and tells the patient why and when else", async () => {
    const { id } = (await book(patient.token, drA.doctor.uuid)).body.data;
    const silent = await post(declineRoute, id, drA.token, { reason: "  " });
    expect(silent.status).toBe(422);
    expect(silent.body.errors).toEqual([expect.objectContaining({ path: "reason" })]);

    const res = await post(declineRoute, id, drA.token, { reason: "On leave that morning" });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({
      status: "rejected",
      rejectionReason: "On leave that morning",
    });
    const seen = await call(getRoute, { path: "/x", params: { id }, token: patient.token });
    expect(seen.body.data.rejectionReason).toBe("On leave that morning");
    const [notice] = await noticesOf(patient.user.id, "appointmentDeclined");
    expect(notice?.params?.reason).toBe("On leave that morning");
    expect(notice?.params?.slots).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    expect(notice?.link).toBe(`/doctors/${drA.doctor.uuid}/book`);
    // The slot is free again: another patient books it.
    expect((await book(other.token, drA.doctor.uuid)).status).toBe(201);
    expect((await post(confirmRoute, id, drA.token)).status).toBe(409);
    await flushDeferred();
  });

  it("accepting and declining the same request at once: exactly one wins", async () => {
    const { id } = (await book(patient.token, drA.doctor.uuid)).body.data;
    const results = await Promise.all([
      post(confirmRoute, id, drA.token),
      post(declineRoute, id, drA.token, { reason: "Full" }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    await flushDeferred();
  });

  it("a doctor's cancel tells the patient the reason and the next free slots", async () => {
    const { id } = (await book(patient.token, drA.doctor.uuid)).body.data;
    await post(confirmRoute, id, drA.token);
    const res = await call(cancelRoute, {
      method: "DELETE",
      path: "/x",
      params: { id },
      token: drA.token,
      body: { reason: "Called to surgery" },
    });
    expect(res.status).toBe(200);
    const [notice] = await noticesOf(patient.user.id, "appointmentCancelledByDoctor");
    expect(notice?.params?.reason).toBe("Called to surgery");
    expect(notice?.params?.slots?.split(", ")).toHaveLength(3);
    expect(notice?.body).toContain("Called to surgery");
    await flushDeferred();
  });
});

describe("expiry", () => {
  it("expires a request 30 minutes before its slot, once, however many runs race", async () => {
    const soon = await createAppointment({
      patientId: patient.user.id,
      doctorId: drA.doctor.id,
      status: "pending",
      ...clinicMoment(20),
    });
    const later = await createAppointment({
      patientId: other.user.id,
      doctorId: drA.doctor.id,
      status: "pending",
      ...clinicMoment(24 * 60 + 30),
    });
    const runs = await Promise.all([expireStaleRequests(), expireStaleRequests()]);
    expect(runs.map((r) => r.expired).sort()).toEqual([0, 1]);
    const [row] = await db.select().from(appointments).where(eq(appointments.id, soon.id));
    expect(row?.status).toBe("expired");
    const [kept] = await db.select().from(appointments).where(eq(appointments.id, later.id));
    expect(kept?.status).toBe("pending");
    expect(await noticesOf(patient.user.id, "appointmentExpired")).toHaveLength(1);
    expect((await expireStaleRequests()).expired).toBe(0);
    // Past the deadline the doctor can no longer answer it (nor a stale pending one).
    const stale = await createAppointment({
      patientId: other.user.id,
      doctorId: drA.doctor.id,
      status: "pending",
      ...clinicMoment(25),
    });
    const answer = await post(confirmRoute, stale.uuid, drA.token);
    expect(answer.status).toBe(409);
    expect(answer.body.detail).toMatch(/30 minutes/);
    await flushDeferred();
  });
});

describe("minimum notice", () => {
  it("hides and refuses slots inside the doctor's notice (422 too soon)", async () => {
    const strict = await doctorWithToken({ minNoticeMinutes: 3 * 24 * 60 });
    const res = await book(patient.token, strict.doctor.uuid, { date: clinicDate(2) });
    expect(res.status).toBe(422);
    expect(res.body.errors[0].message).toMatch(/too soon/);
    const listing = await call(availabilityRoute, {
      path: "/x",
      params: { id: strict.doctor.uuid },
    });
    const day = (n: number) =>
      listing.body.data.days.find((d: { date: string }) => d.date === clinicDate(n));
    expect(day(2).slots).toEqual([]);
    expect(day(4).slots.length).toBeGreaterThan(0);
    expect((await book(patient.token, strict.doctor.uuid, { date: clinicDate(4) })).status).toBe(
      201,
    );
    await flushDeferred();
  });
});

describe("a doctor who answers requests", () => {
  // 09:00 in Kolkata on a future Tuesday; the doctors' hours start at 09:00 in 30-minute slots.
  const now = new Date("2030-03-12T03:30:00Z");
  const at = (time: string) => ({ date: "2030-03-12", time, consultationType: "online" as const });

  it("cannot be booked sooner than an hour ahead, so every request can still be answered", async () => {
    const answers = await doctorWithToken({ minNoticeMinutes: 0 });
    const actor = actorFor(patient.user);
    const soon = bookAppointment(actor, { doctorId: answers.doctor.uuid, ...at("09:30") }, { now });
    expect((await errorOf(soon)).code).toBe("validation_failed");
    const booked = await bookAppointment(
      actor,
      { doctorId: answers.doctor.uuid, ...at("10:00") },
      { now },
    );
    expect(booked.status).toBe("pending");
    await flushDeferred();
  });

  it("while one who confirms at once keeps their own notice", async () => {
    const instant = await doctorWithToken({ minNoticeMinutes: 0, instantConfirm: true });
    const booked = await bookAppointment(
      actorFor(patient.user),
      { doctorId: instant.doctor.uuid, ...at("09:30") },
      { now },
    );
    expect(booked.status).toBe("confirmed");
    await flushDeferred();
  });
});
