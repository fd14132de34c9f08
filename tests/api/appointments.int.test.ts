import { beforeEach, describe, expect, it } from "vitest";
import { and, eq, inArray } from "drizzle-orm";
import { db } from "@/db/client";
import { appointments, idempotencyKeys } from "@/db/schema";
import { POST as registerRoute } from "@/app/api/v1/auth/register/route";
import { POST as loginRoute } from "@/app/api/v1/auth/login/route";
import { GET as listRoute, POST as bookRoute } from "@/app/api/v1/appointments/route";
import {
  DELETE as cancelRoute,
  GET as getRoute,
  PUT as updateRoute,
} from "@/app/api/v1/appointments/[id]/route";
import { POST as rescheduleRoute } from "@/app/api/v1/appointments/[id]/reschedule/route";
import { GET as meetingRoute } from "@/app/api/v1/appointments/[id]/meeting-link/route";
import { GET as calendarRoute } from "@/app/api/v1/appointments/[id]/calendar.ics/route";
import { flushDeferred } from "@/lib/tasks/defer";
import { call } from "@/tests/api-client";
import {
  addTimeOff,
  clinicDate,
  clinicMoment,
  createAppointment,
  createBookableDoctor,
  tokenFor,
} from "@/tests/factories-appointments";

const password = "Swasth@2026";
let n = 0;

/** A patient who signed up and signed in through the API, as a client app would. */
async function signUp(fullName: string) {
  const email = `patient${++n}-${Date.now()}@example.test`;
  const reg = await call(registerRoute, { body: { email, password, fullName } });
  expect(reg.status).toBe(201);
  const login = await call(loginRoute, { body: { email, password } });
  expect(login.status).toBe(200);
  return {
    token: login.body.data.accessToken as string,
    id: reg.body.data.user.id as string,
    email,
  };
}

async function doctorWithToken(overrides: Parameters<typeof createBookableDoctor>[0] = {}) {
  const created = await createBookableDoctor(overrides);
  return { ...created, token: await tokenFor(created.user) };
}

const bookBody = (doctorId: string, overrides: Record<string, unknown> = {}) => ({
  doctorId,
  date: clinicDate(3),
  time: "10:00",
  consultationType: "online",
  ...overrides,
});

const book = (token: string, body: unknown, headers: Record<string, string> = {}) =>
  call(bookRoute, { path: "/appointments", body, token, headers });

const byId = (
  handler: typeof getRoute,
  id: string,
  token: string,
  extra: { method?: string; body?: unknown } = {},
) => call(handler, { path: `/appointments/${id}`, params: { id }, token, ...extra });

let asha: Awaited<ReturnType<typeof signUp>>;
let ravi: Awaited<ReturnType<typeof signUp>>;
let dr: Awaited<ReturnType<typeof doctorWithToken>>;

beforeEach(async () => {
  [asha, ravi, dr] = await Promise.all([
    signUp("Asha Rao"),
    signUp("Ravi Kumar"),
    doctorWithToken(),
  ]);
});

describe("POST /appointments", () => {
  it("books a free slot: 201, Location, the doctor's fee, confirmed, and the slot leaves the listing", async () => {
    const res = await book(
      asha.token,
      bookBody(dr.doctor.uuid, { symptoms: "Cough", chiefComplaint: "Cough for a week" }),
    );
    expect(res.status).toBe(201);
    const a = res.body.data;
    expect(res.headers.get("location")).toBe(`/api/v1/appointments/${a.id}`);
    expect(a).toMatchObject({
      doctor: { id: dr.doctor.uuid, name: "Dr. Meera Iyer" },
      patient: { id: asha.id, name: "Asha Rao" },
      date: clinicDate(3),
      time: "10:00",
      timezone: "Asia/Kolkata",
      startsAt: new Date(`${clinicDate(3)}T10:00:00+05:30`).toISOString(),
      consultationType: "online",
      status: "confirmed",
      fee: "400.00",
      symptoms: "Cough",
      chiefComplaint: "Cough for a week",
      rescheduledFromId: null,
      canCancel: true,
      canReschedule: true,
      canJoin: false,
    });
    expect(JSON.stringify(res.body)).not.toMatch(/"(patientId|doctorId)":\s*\d/);
    await flushDeferred();
  });

  it("ignores a fee sent by the client and refuses unknown shapes with field paths", async () => {
    const res = await book(asha.token, { ...bookBody(dr.doctor.uuid), fee: "1.00" });
    expect(res.status).toBe(201);
    expect(res.body.data.fee).toBe("400.00");
    const bad = await book(asha.token, {
      doctorId: "x",
      date: "2026-02-30",
      time: "25:00",
      consultationType: "phone",
    });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      "consultationType",
      "date",
      "doctorId",
      "time",
    ]);
    expect((await book(asha.token, "{oops")).status).toBe(400);
    expect((await call(bookRoute, { body: bookBody(dr.doctor.uuid) })).status).toBe(401);
  });

  it.each([
    ["a past date", { date: clinicDate(-1) }, "date"],
    ["out of hours", { time: "20:00" }, "time"],
    ["off the slot grid", { time: "10:15" }, "time"],
    ["past the booking horizon", { date: clinicDate(120) }, "date"],
  ])("refuses %s with 422", async (_label, overrides, path) => {
    const res = await book(asha.token, bookBody(dr.doctor.uuid, overrides));
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([expect.objectContaining({ path })]);
  });

  it("refuses a slot inside the hour's notice", async () => {
    const soon = clinicMoment(30);
    const { doctor } = await createBookableDoctor(
      {},
      [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({
        weekday,
        startTime: "00:00",
        endTime: "24:00",
        slotMinutes: 10,
        mode: "both" as const,
      })),
    );
    const time = `${soon.time.slice(0, 4)}0`;
    const res = await book(asha.token, bookBody(doctor.uuid, { date: soon.date, time }));
    expect(res.status).toBe(422);
    expect(res.body.detail).toMatch(/too soon|passed/);
  });

  it("refuses a day off, an unverified doctor, a mode the doctor does not offer, and yourself", async () => {
    await addTimeOff(dr.doctor.id, clinicDate(3));
    expect((await book(asha.token, bookBody(dr.doctor.uuid))).body.errors).toEqual([
      expect.objectContaining({ path: "date" }),
    ]);

    const { doctor: unverified } = await createBookableDoctor({ verificationStatus: "pending" });
    const res = await book(asha.token, bookBody(unverified.uuid));
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([expect.objectContaining({ path: "doctorId" })]);

    const { doctor: clinicOnly } = await createBookableDoctor({ offersOnline: false });
    const online = await book(asha.token, bookBody(clinicOnly.uuid));
    expect(online.status).toBe(422);
    expect(online.body.errors).toEqual([expect.objectContaining({ path: "consultationType" })]);
    expect(
      (await book(asha.token, bookBody(clinicOnly.uuid, { consultationType: "offline" }))).body.data
        .fee,
    ).toBe("500.00");

    const self = await book(dr.token, bookBody(dr.doctor.uuid, { date: clinicDate(5) }));
    expect(self.status).toBe(422);
  });

  it("409: a taken slot, and the patient's own second appointment at the same time", async () => {
    expect((await book(asha.token, bookBody(dr.doctor.uuid))).status).toBe(201);
    const taken = await book(ravi.token, bookBody(dr.doctor.uuid));
    expect(taken.status).toBe(409);
    expect(taken.body.detail).toMatch(/just taken/);
    const other = await doctorWithToken();
    const twice = await book(asha.token, bookBody(other.doctor.uuid));
    expect(twice.status).toBe(409);
    expect(twice.body.detail).toMatch(/already have an appointment/);
  });
});

describe("Idempotency-Key", () => {
  it("replays the first response for the same key and body, creating one row", async () => {
    const headers = { "idempotency-key": "book-7f3a" };
    const first = await book(asha.token, bookBody(dr.doctor.uuid), headers);
    const again = await book(asha.token, bookBody(dr.doctor.uuid), headers);
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(again.headers.get("location")).toBe(first.headers.get("location"));
    expect(await db.$count(appointments)).toBe(1);
  });

  it("refuses the same key with a different body (422) and keys per user", async () => {
    const headers = { "idempotency-key": "book-1" };
    expect((await book(asha.token, bookBody(dr.doctor.uuid), headers)).status).toBe(201);
    const changed = await book(asha.token, bookBody(dr.doctor.uuid, { time: "11:00" }), headers);
    expect(changed.status).toBe(422);
    expect(changed.body.errors[0].path).toBe("headers.idempotency-key");
    // Another user's identical key is their own.
    expect(
      (await book(ravi.token, bookBody(dr.doctor.uuid, { time: "11:00" }), headers)).status,
    ).toBe(201);
    expect(
      (await book(asha.token, bookBody(dr.doctor.uuid), { "idempotency-key": "x".repeat(256) }))
        .status,
    ).toBe(422);
  });

  it("forgets a failed attempt, so a retry with the same key runs again", async () => {
    expect((await book(ravi.token, bookBody(dr.doctor.uuid))).status).toBe(201);
    const headers = { "idempotency-key": "retry-me" };
    expect((await book(asha.token, bookBody(dr.doctor.uuid), headers)).status).toBe(409);
    expect(await db.$count(idempotencyKeys)).toBe(0); // the failed attempt released its key
    const [ravis] = await db.select({ uuid: appointments.uuid }).from(appointments);
    expect((await byId(cancelRoute, ravis!.uuid, ravi.token, { method: "DELETE" })).status).toBe(
      200,
    );
    expect((await book(asha.token, bookBody(dr.doctor.uuid), headers)).status).toBe(201);
  });

  it("runs again after 24 h, and takes over a key whose first attempt died", async () => {
    const me = await db.query.users.findFirst({ where: (u, { eq: e }) => e(u.uuid, asha.id) });
    const body = bookBody(dr.doctor.uuid);
    const { hashRequest } = await import("@/lib/idempotency");
    const old = new Date(Date.now() - 25 * 60 * 60 * 1000);
    await db.insert(idempotencyKeys).values({
      userId: me!.id,
      key: "old",
      method: "POST",
      path: "/api/v1/appointments",
      requestHash: hashRequest(body),
      responseStatus: 201,
      responseBody: { data: { id: "stale" } },
      createdAt: old,
    });
    const fresh = await book(asha.token, body, { "idempotency-key": "old" });
    expect(fresh.status).toBe(201);
    expect(fresh.body.data.id).not.toBe("stale");

    const other = bookBody(dr.doctor.uuid, { time: "11:00" });
    const dead = new Date(Date.now() - 5 * 60 * 1000);
    await db.insert(idempotencyKeys).values({
      userId: me!.id,
      key: "dead",
      method: "POST",
      path: "/api/v1/appointments",
      requestHash: hashRequest(other),
      createdAt: dead,
    });
    const running = new Date();
    await db.insert(idempotencyKeys).values({
      userId: me!.id,
      key: "running",
      method: "POST",
      path: "/api/v1/appointments",
      requestHash: hashRequest(other),
      createdAt: running,
    });
    expect((await book(asha.token, other, { "idempotency-key": "running" })).status).toBe(409);
    expect((await book(asha.token, other, { "idempotency-key": "dead" })).status).toBe(201);
  });

  it("lets only one of concurrent duplicates run", async () => {
    const headers = { "idempotency-key": "burst" };
    const results = await Promise.all(
      Array.from({ length: 8 }, () => book(asha.token, bookBody(dr.doctor.uuid), headers)),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.every((s) => s === 201 || s === 409)).toBe(true);
    expect(statuses).toContain(201);
    const ids = new Set(results.filter((r) => r.status === 201).map((r) => r.body.data.id));
    expect(ids.size).toBe(1);
    expect(await db.$count(appointments)).toBe(1);
  });
});

describe("reading", () => {
  it("GET one: the patient and the doctor see it; another patient gets 404 everywhere", async () => {
    const a = (await book(asha.token, bookBody(dr.doctor.uuid))).body.data;
    expect((await byId(getRoute, a.id, asha.token)).body.data.id).toBe(a.id);
    const asDoctor = await byId(getRoute, a.id, dr.token);
    expect(asDoctor.status).toBe(200);
    expect(asDoctor.body.data).toMatchObject({
      patient: { name: "Asha Rao" },
      canReschedule: false,
      canCancel: true,
    });

    const id = a.id;
    const attempts = [
      await byId(getRoute, id, ravi.token),
      await byId(updateRoute, id, ravi.token, { method: "PUT", body: { symptoms: "x" } }),
      await byId(cancelRoute, id, ravi.token, { method: "DELETE" }),
      await call(rescheduleRoute, {
        params: { id },
        token: ravi.token,
        body: { date: clinicDate(4), time: "10:00" },
      }),
      await call(meetingRoute, { params: { id }, token: ravi.token }),
      await call(calendarRoute, { params: { id }, token: ravi.token }),
    ];
    expect(attempts.map((r) => r.status)).toEqual([404, 404, 404, 404, 404, 404]);
    expect(attempts[0]!.body.detail).toBe("No such appointment.");
    // ... and nothing changed for Asha.
    expect((await byId(getRoute, id, asha.token)).body.data).toMatchObject({
      status: "confirmed",
      symptoms: null,
    });
    expect((await byId(getRoute, "not-a-uuid", asha.token)).status).toBe(404);
  });

  it("lists mine, the doctor's, with filters and pagination; as=doctor needs a doctor profile", async () => {
    await book(asha.token, bookBody(dr.doctor.uuid, { time: "09:00" }));
    const second = (
      await book(asha.token, bookBody(dr.doctor.uuid, { time: "09:30", date: clinicDate(4) }))
    ).body.data;
    await book(ravi.token, bookBody(dr.doctor.uuid, { time: "11:00" }));
    await byId(cancelRoute, second.id, asha.token, { method: "DELETE" });

    const mine = await call(listRoute, { path: "/appointments", token: asha.token });
    expect(mine.status).toBe(200);
    expect(mine.body.meta).toEqual({ page: 1, pageSize: 20, total: 2 });
    expect(mine.body.data.map((a: { time: string }) => a.time)).toEqual(["09:30", "09:00"]);

    const q = (query: string, token = asha.token) =>
      call(listRoute, { path: `/appointments?${query}`, token });
    const listed = async (query: string, token = asha.token) => {
      const res = await call(listRoute, { path: `/appointments?${query}`, token });
      return res.body.data.map((a: { time: string }) => a.time);
    };
    expect(await listed("status=confirmed")).toEqual(["09:00"]);
    expect(await listed(`from=${clinicDate(4)}`)).toEqual(["09:30"]);
    expect(await listed(`to=${clinicDate(3)}&order=asc`)).toEqual(["09:00"]);
    // By date, then time: day 3 09:00 (Asha), day 3 11:00 (Ravi), day 4 09:30 (Asha, cancelled).
    expect(await listed("as=doctor&order=asc", dr.token)).toEqual(["09:00", "11:00", "09:30"]);
    const paged = await q("as=doctor&pageSize=1&page=2", dr.token);
    expect(paged.body.meta).toEqual({ page: 2, pageSize: 1, total: 3 });
    expect((await q("as=doctor")).status).toBe(403);
    expect((await q("status=lost")).status).toBe(422);
  });
});

describe("changing", () => {
  it("reschedule frees the old slot (someone else can book it) and links old and new", async () => {
    const a = (await book(asha.token, bookBody(dr.doctor.uuid))).body.data;
    const res = await call(rescheduleRoute, {
      params: { id: a.id },
      token: asha.token,
      body: { date: clinicDate(5), time: "15:00" },
    });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({
      date: clinicDate(5),
      time: "15:00",
      status: "confirmed",
      rescheduledFromId: a.id,
      rescheduledToId: null,
    });
    const moved = res.body.data.id;
    // The links both ways, as the patient and as the doctor read them.
    for (const token of [asha.token, dr.token]) {
      expect((await byId(getRoute, a.id, token)).body.data).toMatchObject({
        status: "rescheduled",
        cancelReason: null,
        rescheduledFromId: null,
        rescheduledToId: moved,
      });
      expect((await byId(getRoute, moved, token)).body.data).toMatchObject({
        status: "confirmed",
        rescheduledFromId: a.id,
        rescheduledToId: null,
      });
    }
    // The moved-away appointment can be neither cancelled nor moved again.
    expect((await byId(cancelRoute, a.id, asha.token, { method: "DELETE" })).status).toBe(409);
    const again = await call(rescheduleRoute, {
      params: { id: a.id },
      token: asha.token,
      body: { date: clinicDate(6), time: "15:00" },
    });
    expect(again.status).toBe(409);
    const listedOld = await call(listRoute, {
      path: "/appointments?status=rescheduled",
      token: asha.token,
    });
    expect(listedOld.body.data.map((x: { id: string }) => x.id)).toEqual([a.id]);
    expect((await book(ravi.token, bookBody(dr.doctor.uuid))).status).toBe(201);
    const live = await db
      .select()
      .from(appointments)
      .where(
        and(
          eq(appointments.doctorId, dr.doctor.id),
          inArray(appointments.status, ["pending", "confirmed"]),
        ),
      );
    expect(live).toHaveLength(2);
  });

  it("reschedule follows the booking rules and the 2-hour policy", async () => {
    const a = (await book(asha.token, bookBody(dr.doctor.uuid))).body.data;
    await book(ravi.token, bookBody(dr.doctor.uuid, { time: "12:00" }));
    const move = (body: unknown, token = asha.token, id = a.id) =>
      call(rescheduleRoute, { params: { id }, token, body });
    expect((await move({ date: clinicDate(3), time: "12:00" })).status).toBe(409);
    expect((await move({ date: clinicDate(3), time: "20:00" })).status).toBe(422);
    expect((await move({ date: clinicDate(-2), time: "10:00" })).status).toBe(422);
    expect((await move({ date: clinicDate(4), time: "10:00" }, dr.token)).status).toBe(403);
    expect((await byId(getRoute, a.id, asha.token)).body.data.status).toBe("confirmed");

    const me = await db
      .select({ id: appointments.patientId })
      .from(appointments)
      .where(eq(appointments.uuid, a.id));
    const soon = clinicMoment(90);
    const near = await createAppointment({ patientId: me[0]!.id, doctorId: dr.doctor.id, ...soon });
    const late = await move({ date: clinicDate(6), time: "10:00" }, asha.token, near.uuid);
    expect(late.status).toBe(409);
    expect(late.body.detail).toMatch(/2 hours/);
  });

  it("cancel: patient with a reason, the doctor only with one, never twice, never after the start", async () => {
    const a = (await book(asha.token, bookBody(dr.doctor.uuid))).body.data;
    const res = await byId(cancelRoute, a.id, asha.token, {
      method: "DELETE",
      body: { reason: "Feeling better" },
    });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({
      id: a.id,
      status: "cancelled",
      cancelReason: "Feeling better",
      canCancel: false,
    });
    expect((await byId(cancelRoute, a.id, asha.token, { method: "DELETE" })).status).toBe(409);

    const b = (await book(ravi.token, bookBody(dr.doctor.uuid, { time: "11:00" }))).body.data;
    // The doctor must tell the patient why (422 with the field), then may cancel.
    const silent = await byId(cancelRoute, b.id, dr.token, { method: "DELETE" });
    expect(silent.status).toBe(422);
    expect(silent.body.errors).toEqual([expect.objectContaining({ path: "reason" })]);
    const byDoctor = await byId(cancelRoute, b.id, dr.token, {
      method: "DELETE",
      body: { reason: "Called away to an emergency" },
    });
    expect(byDoctor.status).toBe(200);
    expect(byDoctor.body.data.status).toBe("cancelled");

    const [row] = await db
      .select({ patientId: appointments.patientId })
      .from(appointments)
      .where(eq(appointments.uuid, a.id));
    const started = await createAppointment({
      patientId: row!.patientId,
      doctorId: dr.doctor.id,
      ...clinicMoment(-5),
    });
    const tooLate = await byId(cancelRoute, started.uuid, asha.token, { method: "DELETE" });
    expect(tooLate.status).toBe(409);
    expect(tooLate.body.detail).toMatch(/already started/);
  });

  it("update: the patient edits intake; the doctor marks completed only after the start", async () => {
    const a = (await book(asha.token, bookBody(dr.doctor.uuid))).body.data;
    const edit = await byId(updateRoute, a.id, asha.token, {
      method: "PUT",
      body: { symptoms: "Fever, 101F", chiefComplaint: "Fever" },
    });
    expect(edit.status).toBe(200);
    expect(edit.body.data).toMatchObject({ symptoms: "Fever, 101F", chiefComplaint: "Fever" });
    expect(
      (await byId(updateRoute, a.id, asha.token, { method: "PUT", body: { status: "completed" } }))
        .status,
    ).toBe(403);
    expect(
      (await byId(updateRoute, a.id, dr.token, { method: "PUT", body: { symptoms: "x" } })).status,
    ).toBe(403);
    const early = await byId(updateRoute, a.id, dr.token, {
      method: "PUT",
      body: { status: "completed" },
    });
    expect(early.status).toBe(409);
    expect((await byId(updateRoute, a.id, asha.token, { method: "PUT", body: {} })).status).toBe(
      422,
    );

    const [row] = await db
      .select({ patientId: appointments.patientId })
      .from(appointments)
      .where(eq(appointments.uuid, a.id));
    const started = await createAppointment({
      patientId: row!.patientId,
      doctorId: dr.doctor.id,
      ...clinicMoment(-20),
    });
    const done = await byId(updateRoute, started.uuid, dr.token, {
      method: "PUT",
      body: { status: "completed", doctorNotes: "Paracetamol 650 mg SOS" },
    });
    expect(done.status).toBe(200);
    expect(done.body.data).toMatchObject({
      status: "completed",
      doctorNotes: "Paracetamol 650 mg SOS",
      canCancel: false,
    });
    expect(
      (
        await byId(updateRoute, started.uuid, dr.token, {
          method: "PUT",
          body: { status: "no_show" },
        })
      ).status,
    ).toBe(409);
    expect(
      (
        await byId(updateRoute, started.uuid, dr.token, {
          method: "PUT",
          body: { doctorNotes: "Review in a week" },
        })
      ).body.data.doctorNotes,
    ).toBe("Review in a week");
    expect(
      (
        await byId(updateRoute, started.uuid, asha.token, {
          method: "PUT",
          body: { symptoms: "x" },
        })
      ).status,
    ).toBe(409);
  });
});

describe("meeting link and calendar", () => {
  async function startingSoon(minutes: number, consultationType: "online" | "offline" = "online") {
    const patient = await db.query.users.findFirst({ where: (u, { eq: e }) => e(u.uuid, asha.id) });
    return createAppointment({
      patientId: patient!.id,
      doctorId: dr.doctor.id,
      consultationType,
      ...clinicMoment(minutes),
    });
  }

  it("gives both participants the same unguessable Jitsi room while it is open", async () => {
    const a = await startingSoon(5);
    const b = await startingSoon(-30);
    const forPatient = await call(meetingRoute, { params: { id: a.uuid }, token: asha.token });
    expect(forPatient.status).toBe(200);
    expect(forPatient.body.data.url).toMatch(/^https:\/\/meet\.jit\.si\/SwasthAI-[0-9a-f]{32}$/);
    expect(forPatient.headers.get("cache-control")).toContain("no-store");
    const forDoctor = await call(meetingRoute, { params: { id: a.uuid }, token: dr.token });
    expect(forDoctor.body.data.url).toBe(forPatient.body.data.url);
    const other = await call(meetingRoute, { params: { id: b.uuid }, token: asha.token });
    expect(other.status).toBe(200);
    expect(other.body.data.url).not.toBe(forPatient.body.data.url);
    expect(forPatient.body.data.url).not.toContain(a.uuid);
    expect((await byId(getRoute, a.uuid, asha.token)).body.data.canJoin).toBe(true);
  });

  it("409 before the room opens or after it closes, 404 for a clinic visit", async () => {
    const later = await startingSoon(180);
    const res = await call(meetingRoute, { params: { id: later.uuid }, token: asha.token });
    expect(res.status).toBe(409);
    expect(res.body.detail).toMatch(/opens at/);
    const over = await startingSoon(-120);
    expect(
      (await call(meetingRoute, { params: { id: over.uuid }, token: asha.token })).status,
    ).toBe(409);
    const visit = await startingSoon(5, "offline");
    expect(
      (await call(meetingRoute, { params: { id: visit.uuid }, token: asha.token })).status,
    ).toBe(404);
  });

  it("serves a VEVENT in UTC as an attachment to participants", async () => {
    const a = (await book(asha.token, bookBody(dr.doctor.uuid, { consultationType: "offline" })))
      .body.data;
    const request = new Request(`http://127.0.0.1:3000/api/v1/appointments/${a.id}/calendar.ics`, {
      headers: { authorization: `Bearer ${asha.token}` },
    });
    const res = await calendarRoute(request, { params: Promise.resolve({ id: a.id }) });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(
      /^attachment; filename="swasthai-appointment-.*\.ics"$/,
    );
    const text = await res.text();
    const start = new Date(`${clinicDate(3)}T10:00:00+05:30`);
    const utc = (d: Date) =>
      d
        .toISOString()
        .replace(/\.\d{3}Z$/, "Z")
        .replace(/[-:]/g, "");
    expect(text).toContain(`\r\nDTSTART:${utc(start)}\r\n`);
    expect(text).toContain(`\r\nDTEND:${utc(new Date(start.getTime() + 30 * 60_000))}\r\n`);
    expect(text).toContain(`UID:${a.id}@swasthai`);
    expect(text).toMatch(/\r\nLOCATION:Clinic \d+\\, Pune\r\n/);
    expect(text).toContain("STATUS:CONFIRMED");
  });
});
