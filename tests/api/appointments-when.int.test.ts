import { beforeEach, describe, expect, it } from "vitest";
import { GET as listRoute } from "@/app/api/v1/appointments/route";
import { call } from "@/tests/api-client";
import {
  clinicDate,
  clinicMoment,
  createAppointment,
  createBookableDoctor,
  createPatientWithToken,
  tokenFor,
} from "@/tests/factories-appointments";

type Row = Awaited<ReturnType<typeof createAppointment>>;

const list = (token: string, search: string) =>
  call(listRoute, { path: `/appointments?${search}`, token });

/** Every page of a listing, in order, as appointment ids; and each page's `meta.total`. */
async function allPages(token: string, search: string, pageSize: number) {
  const ids: string[] = [];
  const totals: number[] = [];
  const sizes: number[] = [];
  for (let page = 1; page <= 10; page++) {
    const res = await list(token, `${search}&pageSize=${pageSize}&page=${page}`);
    expect(res.status).toBe(200);
    totals.push(res.body.meta.total);
    sizes.push(res.body.data.length);
    if (res.body.data.length === 0) break;
    ids.push(...res.body.data.map((a: { id: string }) => a.id));
  }
  return { ids, totals, sizes };
}

let patient: Awaited<ReturnType<typeof createPatientWithToken>>;
let upcoming: Row[];
let past: Row[];
let doctorToken: string;

beforeEach(async () => {
  patient = await createPatientWithToken({ fullName: "Asha Rao" });
  const [{ doctor, user }, far] = await Promise.all([
    createBookableDoctor(),
    // Auckland is 6.5 to 7.5 hours ahead of India: read in Indian time its visits would be misfiled.
    createBookableDoctor({ name: "Dr. Far Away", timezone: "Pacific/Auckland" }),
  ]);
  doctorToken = await tokenFor(user);
  const at = (doctorId: number, date: string, time: string, extra: Partial<Row> = {}) =>
    createAppointment({ patientId: patient.user.id, doctorId, date, time, ...extra });
  const running = clinicMoment(-10);
  const over = clinicMoment(-45);
  const runningFar = clinicMoment(-20, "Pacific/Auckland");
  const overFar = clinicMoment(-40, "Pacific/Auckland");

  upcoming = [
    await at(doctor.id, running.date, running.time), // started 10 min ago, 30 min long: still on
    await at(far.doctor.id, runningFar.date, runningFar.time),
    await at(doctor.id, clinicDate(1), "09:00"),
    await at(doctor.id, clinicDate(1), "10:00", { status: "pending" }),
    await at(doctor.id, clinicDate(2), "09:30"),
    await at(doctor.id, clinicDate(3), "11:00"),
    await at(doctor.id, clinicDate(5), "14:00"),
  ];
  past = [
    await at(doctor.id, clinicDate(4), "09:00", { status: "cancelled" }), // future, but not live
    await at(doctor.id, over.date, over.time), // confirmed, but over 15 minutes ago
    await at(far.doctor.id, overFar.date, overFar.time),
    await at(doctor.id, clinicDate(-1), "10:00", { status: "completed" }),
    await at(doctor.id, clinicDate(-2), "09:00", { status: "no_show" }),
    await at(doctor.id, clinicDate(-3), "16:00", { status: "completed" }),
    await at(doctor.id, clinicDate(-7), "12:00", { status: "cancelled" }),
  ];
  // Someone else's appointment never shows in either list.
  const other = await createPatientWithToken();
  await createAppointment({
    patientId: other.user.id,
    doctorId: doctor.id,
    date: clinicDate(1),
    time: "17:00",
  });
});

describe("GET /appointments?when=", () => {
  it("upcoming: every live appointment not yet over, soonest first, across pages, with the right total", async () => {
    const { ids, totals, sizes } = await allPages(patient.token, "when=upcoming", 3);
    expect(sizes).toEqual([3, 3, 1, 0]);
    expect(new Set(totals)).toEqual(new Set([upcoming.length]));
    expect([...ids].sort()).toEqual(upcoming.map((a) => a.uuid).sort());
    const first = await list(patient.token, "when=upcoming&pageSize=100");
    const starts = first.body.data.map((a: { startsAt: string }) => a.startsAt);
    expect(starts).toEqual([...starts].sort());
    expect(first.body.data.map((a: { id: string }) => a.id)).toEqual(ids);
  });

  it("past: everything else (over, cancelled, completed, no-show), newest first, across pages", async () => {
    const { ids, totals, sizes } = await allPages(patient.token, "when=past", 3);
    expect(sizes).toEqual([3, 3, 1, 0]);
    expect(new Set(totals)).toEqual(new Set([past.length]));
    expect([...ids].sort()).toEqual(past.map((a) => a.uuid).sort());
    const all = await list(patient.token, "when=past&pageSize=100");
    const starts = all.body.data.map((a: { startsAt: string }) => a.startsAt);
    expect(starts).toEqual([...starts].sort().reverse());
    expect(all.body.data.map((a: { id: string }) => a.id)).toEqual(ids);
  });

  it("the two tabs split the whole list: no appointment in both, none in neither", async () => {
    const [up, down, all] = await Promise.all([
      list(patient.token, "when=upcoming&pageSize=100"),
      list(patient.token, "when=past&pageSize=100"),
      list(patient.token, "pageSize=100"),
    ]);
    const ids = (res: typeof up) => res.body.data.map((a: { id: string }) => a.id) as string[];
    expect(up.body.meta.total + down.body.meta.total).toBe(all.body.meta.total);
    expect(new Set([...ids(up), ...ids(down)])).toEqual(new Set(ids(all)));
    expect(all.body.meta.total).toBe(upcoming.length + past.length);
  });

  it("a page past the end is empty but still counts the total", async () => {
    const res = await list(patient.token, "when=upcoming&pageSize=3&page=9");
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual([]);
    expect(res.body.meta).toEqual({ page: 9, pageSize: 3, total: upcoming.length });
  });

  it("works for the doctor's side too (as=doctor), and rejects an unknown value with 422", async () => {
    const mine = await list(doctorToken, "as=doctor&when=upcoming&pageSize=100");
    expect(mine.status).toBe(200);
    // Asha's upcoming with this doctor (all but the Auckland doctor's) and the other patient's one.
    expect(mine.body.meta.total).toBe(upcoming.length - 1 + 1);
    const bad = await list(patient.token, "when=soon");
    expect(bad.status).toBe(422);
    expect(bad.body.errors).toEqual([expect.objectContaining({ path: "when" })]);
  });
});
