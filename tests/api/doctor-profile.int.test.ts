import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { appointments, doctors } from "@/db/schema";
import { GET as listRoute, POST as createRoute } from "@/app/api/v1/doctors/route";
import { GET as publicRoute, PUT as updateRoute } from "@/app/api/v1/doctors/[id]/route";
import { GET as availabilityRoute } from "@/app/api/v1/doctors/[id]/availability/route";
import { GET as myProfileRoute } from "@/app/api/v1/doctors/me/route";
import { GET as meRoute } from "@/app/api/v1/auth/me/route";
import { weekdayOf } from "@/lib/appointments/zoned-time";
import { call } from "@/tests/api-client";
import { createDoctor } from "@/tests/factories";
import {
  clinicDate,
  createAppointment,
  createBookableDoctor,
  createPatientWithToken,
  tokenFor,
} from "@/tests/factories-appointments";

const application = {
  specialty: "Cardiology",
  licenseNumber: "mh 2019 004512",
  registrationCouncil: "MMC",
  qualification: "MBBS, MD (Medicine), DM (Cardiology)",
  experienceYears: 12,
  feeOnline: "499",
  feeOffline: 700,
  offersOnline: true,
  offersOffline: true,
  languages: ["english", "Hindi", "Marathi", "hindi"],
  bio: "Interventional cardiologist.",
  gender: "female",
  clinic: {
    name: "Heartline Clinic",
    addressLine: "12 College Road",
    area: "Gangapur",
    city: "Nashik",
    state: "Maharashtra",
    pincode: "422005",
    latitude: 19.9975,
    longitude: 73.7898,
  },
};

const apply = (token: string | undefined, body: unknown) =>
  call(createRoute, { path: "/doctors", token, body });

const update = (token: string, id: string, body: unknown) =>
  call(updateRoute, { method: "PUT", path: `/doctors/${id}`, params: { id }, token, body });

const publicProfile = (id: string) => call(publicRoute, { path: `/doctors/${id}`, params: { id } });

const slots = async (id: string, fromDay: number, toDay: number) => {
  const query = `?from=${clinicDate(fromDay)}&to=${clinicDate(toDay)}`;
  const res = await call(availabilityRoute, {
    path: `/doctors/${id}/availability${query}`,
    params: { id },
  });
  expect(res.status).toBe(200);
  return new Map<string, Array<{ time: string; modes: string[] }>>(
    res.body.data.days.map((d: any) => [d.date, d.slots]),
  );
};

/** A verified doctor with every-day hours, and the bearer token of its user. */
const ownDoctor = async (overrides: Parameters<typeof createBookableDoctor>[0] = {}) => {
  const created = await createBookableDoctor(overrides);
  return { ...created, token: await tokenFor(created.user) };
};

describe("POST /doctors (become a doctor)", () => {
  it("creates a pending profile: 201, Location, owner's view, role doctor, not listed", async () => {
    const listed = await createDoctor({ name: "Dr. Listed" });
    const { token } = await createPatientWithToken({ fullName: "Anjali Deshmukh" });

    const res = await apply(token, application);
    expect(res.status).toBe(201);
    const doctor = res.body.data;
    expect(res.headers.get("location")).toBe(`/api/v1/doctors/${doctor.id}`);
    expect(doctor).toMatchObject({
      name: "Anjali Deshmukh",
      specialty: "cardiologist",
      licenseNumber: "MH2019004512",
      registrationCouncil: "MMC",
      feeOnline: "499.00",
      feeOffline: "700.00",
      languages: ["English", "Hindi", "Marathi"],
      gender: "female",
      verificationStatus: "pending",
      verifiedAt: null,
      clinic: { name: "Heartline Clinic", city: "Nashik", pincode: "422005", latitude: 19.9975 },
      availability: [],
      timeOff: [],
    });

    // The same token keeps working, now as a doctor with this profile.
    const me = await call(meRoute, { path: "/auth/me", token });
    expect(me.status).toBe(200);
    expect(me.body.data).toMatchObject({ role: "doctor", doctorId: doctor.id });

    // Pending: not in the public list, no public profile, no bookable slots.
    const list = await call(listRoute, { path: "/doctors" });
    expect(list.body.data.map((d: any) => d.id)).toEqual([listed.doctor.uuid]);
    expect((await publicProfile(doctor.id)).status).toBe(404);
    const availability = await call(availabilityRoute, {
      path: `/doctors/${doctor.id}/availability`,
      params: { id: doctor.id },
    });
    expect(availability.status).toBe(404);

    // Its owner still sees it, status and all.
    const mine = await call(myProfileRoute, { path: "/doctors/me", token });
    expect(mine.status).toBe(200);
    expect(mine.body.data).toMatchObject({
      id: doctor.id,
      verificationStatus: "pending",
      licenseNumber: "MH2019004512",
    });
  });

  it("GET /doctors/me is 404 for a user without a doctor profile, 401 without a token", async () => {
    const { token } = await createPatientWithToken();
    expect((await call(myProfileRoute, { path: "/doctors/me", token })).status).toBe(404);
    expect((await call(myProfileRoute, { path: "/doctors/me" })).status).toBe(401);
  });

  it("is listed under its clinic's city once an admin verifies it", async () => {
    const { token } = await createPatientWithToken();
    const res = await apply(token, application);
    await db
      .update(doctors)
      .set({ verificationStatus: "verified", verifiedAt: new Date() })
      .where(eq(doctors.uuid, res.body.data.id));

    const list = await call(listRoute, { path: "/doctors?city=nashik&specialty=cardiologist" });
    expect(list.body.data.map((d: any) => d.id)).toEqual([res.body.data.id]);
    expect(list.body.data[0]).toMatchObject({ clinicName: "Heartline Clinic", city: "Nashik" });
  });

  it("needs no clinic for an online-only practice", async () => {
    const { token } = await createPatientWithToken();
    const res = await apply(token, {
      ...application,
      clinic: undefined,
      offersOffline: false,
      feeOffline: undefined,
      gender: undefined,
      bio: undefined,
    });
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({
      clinic: null,
      offersOffline: false,
      feeOffline: null,
      bio: null,
      gender: null,
    });
  });

  it("409 when the licence number is taken, whatever its case and spacing", async () => {
    await createDoctor({ licenseNumber: "MH2019004512" });
    const { token, user } = await createPatientWithToken();
    const res = await apply(token, application);
    expect(res.status).toBe(409);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(res.body.detail).toMatch(/licence number/i);

    // Nothing changed: still a patient without a profile.
    const me = await call(meRoute, { path: "/auth/me", token: await tokenFor(user) });
    expect(me.body.data).toMatchObject({ role: "patient", doctorId: null });
  });

  it("409 for a second profile of the same user", async () => {
    const { token } = await createPatientWithToken();
    expect((await apply(token, application)).status).toBe(201);
    const again = await apply(token, { ...application, licenseNumber: "KA-2020-7788" });
    expect(again.status).toBe(409);
    expect(again.body.detail).toMatch(/already have a doctor profile/i);
  });

  it("under races exactly one request wins: one licence for two users, two profiles for one user", async () => {
    const [a, b, c] = await Promise.all([
      createPatientWithToken(),
      createPatientWithToken(),
      createPatientWithToken(),
    ]);
    const sameLicence = await Promise.all([
      apply(a.token, application),
      apply(b.token, { ...application, licenseNumber: "MH2019004512" }),
    ]);
    expect(sameLicence.map((r) => r.status).sort()).toEqual([201, 409]);

    const sameUser = await Promise.all([
      apply(c.token, { ...application, licenseNumber: "GJ-2001-0001" }),
      apply(c.token, { ...application, licenseNumber: "GJ-2001-0002" }),
    ]);
    expect(sameUser.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(await db.select({ id: doctors.id }).from(doctors)).toHaveLength(2);
  });

  it.each([
    ["an offered mode without its fee", { feeOnline: undefined }, "feeOnline"],
    ["a fee of null for an offered mode", { feeOffline: null }, "feeOffline"],
    ["no mode at all", { offersOnline: false, offersOffline: false }, "offersOnline"],
    ["an unknown specialty", { specialty: "astrology" }, "specialty"],
    ["a fee with three decimals", { feeOnline: "499.999" }, "feeOnline"],
    ["a bad licence number", { licenseNumber: "#1" }, "licenseNumber"],
    ["no languages", { languages: [] }, "languages"],
    [
      "a clinic without a map pin",
      { clinic: { name: "X Clinic", city: "Pune" } },
      "clinic.latitude",
    ],
    ["a NUL in the bio", { bio: "a\u0000b" }, "bio"],
  ])("422 with the field's path for %s", async (_, change, path) => {
    const { token } = await createPatientWithToken();
    const res = await apply(token, { ...application, ...change });
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: any) => e.path)).toContain(path);
    const me = await call(meRoute, { path: "/auth/me", token });
    expect(me.body.data.role).toBe("patient");
  });

  it("401 without credentials", async () => {
    const res = await apply(undefined, application);
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toContain("Bearer");
  });
});

describe("PUT /doctors/:id", () => {
  it("updates the owner's profile fields and clinic; the public profile shows them", async () => {
    const { doctor, token } = await ownDoctor();
    const res = await update(token, doctor.uuid, {
      qualification: "MBBS, MD",
      experienceYears: 9,
      feeOnline: "350",
      languages: ["Tamil", "english"],
      bio: "Family medicine.",
      clinic: { name: "Sunrise Clinic", city: "Madurai", latitude: 9.9252, longitude: 78.1198 },
    });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({
      id: doctor.uuid,
      qualification: "MBBS, MD",
      experienceYears: 9,
      feeOnline: "350.00",
      feeOffline: "500.00",
      languages: ["Tamil", "English"],
      verificationStatus: "verified",
      clinic: { name: "Sunrise Clinic", city: "Madurai", addressLine: null },
    });
    expect(res.body.data.availability).toHaveLength(14);

    const pub = await publicProfile(doctor.uuid);
    expect(pub.body.data).toMatchObject({
      feeOnline: "350.00",
      city: "Madurai",
      clinicName: "Sunrise Clinic",
      bio: "Family medicine.",
    });
  });

  it("replaces the weekly hours; availability lists exactly the new slots", async () => {
    const { doctor, token } = await ownDoctor();
    const weekday = weekdayOf(clinicDate(8));
    const res = await update(token, doctor.uuid, {
      availability: [
        { weekday, startTime: "10:00", endTime: "11:00", slotMinutes: 20, mode: "online" },
        { weekday, startTime: "17:00", endTime: "18:15", slotMinutes: 30 },
      ],
    });
    expect(res.status).toBe(200);
    expect(res.body.data.availability).toEqual([
      { weekday, startTime: "10:00", endTime: "11:00", slotMinutes: 20, mode: "online" },
      { weekday, startTime: "17:00", endTime: "18:15", slotMinutes: 30, mode: "both" },
    ]);

    const days = await slots(doctor.uuid, 7, 13);
    expect(days.get(clinicDate(8))).toEqual([
      { time: "10:00", modes: ["online"] },
      { time: "10:20", modes: ["online"] },
      { time: "10:40", modes: ["online"] },
      { time: "17:00", modes: ["online", "offline"] },
      { time: "17:30", modes: ["online", "offline"] },
    ]);
    for (const day of [7, 9, 10, 11, 12, 13]) expect(days.get(clinicDate(day))).toEqual([]);
  });

  it("keeps appointments already booked in hours that were removed", async () => {
    const { doctor, token } = await ownDoctor();
    const { user: patient } = await createPatientWithToken();
    const booked = await createAppointment({
      patientId: patient.id,
      doctorId: doctor.id,
      date: clinicDate(5),
      time: "09:00",
    });
    expect((await update(token, doctor.uuid, { availability: [] })).status).toBe(200);
    expect((await slots(doctor.uuid, 5, 5)).get(clinicDate(5))).toEqual([]);
    const [still] = await db
      .select({ status: appointments.status })
      .from(appointments)
      .where(eq(appointments.id, booked.id));
    expect(still?.status).toBe("confirmed");
  });

  it.each([
    [
      "overlapping ranges on one weekday",
      [
        { weekday: 1, startTime: "09:00", endTime: "13:00", slotMinutes: 30 },
        { weekday: 1, startTime: "12:30", endTime: "15:00", slotMinutes: 30 },
      ],
      "availability.1.startTime",
    ],
    [
      "a range that ends before it starts",
      [{ weekday: 2, startTime: "18:00", endTime: "09:00", slotMinutes: 30 }],
      "availability.0.endTime",
    ],
    [
      "a slot longer than its range",
      [{ weekday: 3, startTime: "09:00", endTime: "09:20", slotMinutes: 30 }],
      "availability.0.slotMinutes",
    ],
    [
      "a slot length out of range",
      [{ weekday: 3, startTime: "09:00", endTime: "12:00", slotMinutes: 90 }],
      "availability.0.slotMinutes",
    ],
    [
      "a weekday of 7",
      [{ weekday: 7, startTime: "09:00", endTime: "12:00", slotMinutes: 30 }],
      "availability.0.weekday",
    ],
  ])("422 with the path for %s, and the hours stay as they were", async (_, availability, path) => {
    const { doctor, token } = await ownDoctor();
    const res = await update(token, doctor.uuid, { availability, qualification: "Changed" });
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: any) => e.path)).toContain(path);
    const days = await slots(doctor.uuid, 8, 8);
    expect(days.get(clinicDate(8))).toHaveLength(16);
  });

  it("allows several touching ranges on one weekday", async () => {
    const { doctor, token } = await ownDoctor();
    const res = await update(token, doctor.uuid, {
      availability: [
        { weekday: 4, startTime: "13:00", endTime: "14:00", slotMinutes: 60 },
        { weekday: 4, startTime: "09:00", endTime: "13:00", slotMinutes: 60 },
      ],
    });
    expect(res.status).toBe(200);
    expect(res.body.data.availability.map((r: any) => r.startTime)).toEqual(["09:00", "13:00"]);
  });

  it("time off removes those days from availability, and replacing it brings them back", async () => {
    const { doctor, token } = await ownDoctor();
    const res = await update(token, doctor.uuid, {
      timeOff: [{ startsOn: clinicDate(9), endsOn: clinicDate(10), reason: "Conference" }],
    });
    expect(res.status).toBe(200);
    expect(res.body.data.timeOff).toEqual([
      { startsOn: clinicDate(9), endsOn: clinicDate(10), reason: "Conference" },
    ]);
    let days = await slots(doctor.uuid, 8, 11);
    expect(days.get(clinicDate(8))).toHaveLength(16);
    expect(days.get(clinicDate(9))).toEqual([]);
    expect(days.get(clinicDate(10))).toEqual([]);
    expect(days.get(clinicDate(11))).toHaveLength(16);

    expect((await update(token, doctor.uuid, { timeOff: [] })).status).toBe(200);
    days = await slots(doctor.uuid, 9, 10);
    expect(days.get(clinicDate(9))).toHaveLength(16);
  });

  it("422 for time off that ends before it starts or lies in the past", async () => {
    const { doctor, token } = await ownDoctor();
    const res = await update(token, doctor.uuid, {
      timeOff: [
        { startsOn: clinicDate(5), endsOn: clinicDate(4) },
        { startsOn: clinicDate(-5), endsOn: clinicDate(-3) },
      ],
    });
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: any) => e.path)).toContain("timeOff.0.endsOn");
    const past = await update(token, doctor.uuid, {
      timeOff: [{ startsOn: clinicDate(-5), endsOn: clinicDate(-3) }],
    });
    expect(past.status).toBe(422);
    expect(past.body.errors).toEqual([{ path: "timeOff.0.endsOn", message: "is in the past" }]);
  });

  it("keeps specialty and licence fixed once verified, but not while pending", async () => {
    const { doctor, token } = await ownDoctor();
    const res = await update(token, doctor.uuid, {
      specialty: "dermatologist",
      licenseNumber: "KA-1",
    });
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: any) => e.path).sort()).toEqual(["licenseNumber", "specialty"]);
    // Sending the current values back is fine.
    const same = await update(token, doctor.uuid, {
      specialty: doctor.specialty,
      licenseNumber: doctor.licenseNumber,
    });
    expect(same.status).toBe(200);

    const { token: newcomer } = await createPatientWithToken();
    const pending = (await apply(newcomer, application)).body.data;
    const changed = await update(newcomer, pending.id, {
      specialty: "dermatologist",
      licenseNumber: "ka 2020 1",
    });
    expect(changed.status).toBe(200);
    expect(changed.body.data).toMatchObject({
      specialty: "dermatologist",
      licenseNumber: "KA20201",
    });
  });

  it("409 when changing to a licence number another doctor holds", async () => {
    const other = await createDoctor({ licenseNumber: "TN-2015-3344" });
    expect(other.doctor.licenseNumber).toBe("TN-2015-3344");
    const { token } = await createPatientWithToken();
    const pending = (await apply(token, application)).body.data;
    const res = await update(token, pending.id, { licenseNumber: "tn-2015-3344" });
    expect(res.status).toBe(409);
  });

  it("422 when the result would offer a mode without its fee", async () => {
    const { doctor, token } = await ownDoctor({ offersOffline: false, feeOffline: null });
    const res = await update(token, doctor.uuid, { offersOffline: true });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([
      { path: "feeOffline", message: "is required when offersOffline is true" },
    ]);
    const ok = await update(token, doctor.uuid, { offersOffline: true, feeOffline: "650.5" });
    expect(ok.status).toBe(200);
    expect(ok.body.data.feeOffline).toBe("650.50");
  });

  it("404 for another user's profile (patient, doctor or admin) and for an unknown id", async () => {
    const { doctor } = await ownDoctor();
    const other = await ownDoctor();
    const { token: patient } = await createPatientWithToken();
    const { token: admin } = await createPatientWithToken({ role: "admin" });
    for (const token of [patient, other.token, admin]) {
      const res = await update(token, doctor.uuid, { qualification: "Hacked", availability: [] });
      expect(res.status).toBe(404);
    }
    const unknown = await update(other.token, "00000000-0000-4000-8000-000000000000", {});
    expect(unknown.status).toBe(404);

    const pub = await publicProfile(doctor.uuid);
    expect(pub.body.data.qualification).toBe("MBBS");
    expect((await slots(doctor.uuid, 8, 8)).get(clinicDate(8))).toHaveLength(16);
  });

  it("401 without credentials", async () => {
    const { doctor } = await ownDoctor();
    const res = await call(updateRoute, {
      method: "PUT",
      path: `/doctors/${doctor.uuid}`,
      params: { id: doctor.uuid },
      body: { qualification: "X" },
    });
    expect(res.status).toBe(401);
  });
});
