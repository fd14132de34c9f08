import { and, eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { POST as issue } from "@/app/api/v1/appointments/[id]/prescriptions/route";
import { GET as getAppointmentRoute } from "@/app/api/v1/appointments/[id]/route";
import { GET as medicinesRoute } from "@/app/api/v1/medicines/route";
import { GET as pdfRoute } from "@/app/api/v1/prescriptions/[id]/pdf/route";
import { GET as getRx } from "@/app/api/v1/prescriptions/[id]/route";
import { GET as listRx } from "@/app/api/v1/prescriptions/route";
import { GET as download } from "@/app/api/v1/health-records/[id]/download/route";
import { db } from "@/db/client";
import { healthProfiles, healthRecords, medicines, notifications } from "@/db/schema";
import { listMailbox } from "@/lib/email/outbox";
import { flushDeferred } from "@/lib/tasks/defer";
import { call } from "@/tests/api-client";
import { createUser } from "@/tests/factories";
import {
  clinicDate,
  clinicMoment,
  createAppointment,
  createPatientWithToken,
  tokenFor,
} from "@/tests/factories-appointments";
import { createDoctorWithToken } from "@/tests/factories-records";
import { useTemporaryStorage } from "@/tests/factories-users";

let storage: Awaited<ReturnType<typeof useTemporaryStorage>>;
beforeEach(async () => {
  storage = await useTemporaryStorage();
});
afterEach(async () => {
  await storage.cleanup();
});

async function medicine(name: string, genericName: string | null = null, extra = {}) {
  const [row] = await db
    .insert(medicines)
    .values({
      name,
      genericName,
      form: "tablet",
      price: "20.00",
      mrp: "25.5",
      stockQty: 10,
      ...extra,
    })
    .returning();
  return row!;
}

/** A patient, their doctor, and a confirmed appointment that started 10 minutes ago. */
async function setup() {
  const patient = await createPatientWithToken({ fullName: "Ravi Kumar" });
  const started = clinicMoment(-10);
  const doc = await createDoctorWithToken(patient.user.id, {
    ...started,
    status: "confirmed",
  });
  const paracetamol = await medicine("Crocin 650", "Paracetamol");
  return { patient, doc, appointment: doc.appointment!, paracetamol };
}

const body = (medicineId: string, extra: Record<string, unknown> = {}) => ({
  diagnosis: "Viral fever",
  items: [
    { medicineId, dosage: "1 tablet", frequency: "thrice_daily", durationDays: 5 },
    {
      name: "ORS sachet",
      dosage: "1 sachet in 1 L water",
      frequency: "after_meals",
      durationDays: 30,
      quantity: 10,
    },
  ],
  testsAdvised: ["CBC"],
  advice: "Rest and fluids",
  followUpDate: clinicDate(7),
  ...extra,
});

const post = (token: string, appointmentId: string, payload: unknown) =>
  call(issue, {
    token,
    path: `/appointments/${appointmentId}/prescriptions`,
    params: { id: appointmentId },
    body: payload,
  });

describe("POST /appointments/:id/prescriptions", () => {
  it("issues: completes the appointment, files the PDF for the patient, notifies and mails them", async () => {
    const { patient, doc, appointment, paracetamol } = await setup();
    const res = await post(doc.token, appointment.uuid, body(paracetamol.uuid));
    expect(res.status).toBe(201);
    const rx = res.body.data;
    expect(res.headers.get("location")).toBe(`/api/v1/prescriptions/${rx.id}`);
    expect(rx).toMatchObject({
      status: "issued",
      appointmentId: appointment.uuid,
      diagnosis: "Viral fever",
      testsAdvised: ["CBC"],
      advice: "Rest and fluids",
      replaces: null,
      replacedBy: null,
      patient: { id: patient.user.uuid, name: "Ravi Kumar" },
      doctor: { id: doc.doctor.uuid, registrationNumber: doc.doctor.licenseNumber },
    });
    expect(rx.number).toMatch(/^RX-\d{4}-\d{6}$/);
    expect(rx.signatureHash).toMatch(/^[0-9a-f]{64}$/);
    expect(rx.items).toMatchObject([
      {
        medicineId: paracetamol.uuid,
        name: "Crocin 650",
        duration: "5 days",
        durationDays: 5,
        quantity: 1,
      },
      { medicineId: null, name: "ORS sachet", duration: "1 month", durationDays: 30, quantity: 10 },
    ]);

    const appt = await call(getAppointmentRoute, {
      token: patient.token,
      params: { id: appointment.uuid },
    });
    expect(appt.body.data.status).toBe("completed");

    const [record] = await db
      .select()
      .from(healthRecords)
      .where(eq(healthRecords.userId, patient.user.id));
    expect(record).toMatchObject({
      recordType: "prescription",
      source: "prescription",
      uploadedBy: doc.user.id,
      mimeType: "application/pdf",
      title: `Prescription ${rx.number}`,
    });
    expect(rx.recordId).toBe(record!.uuid);
    const file = await download(
      new Request(`http://x/api/v1/health-records/${record!.uuid}/download`, {
        headers: { authorization: `Bearer ${patient.token}`, "user-agent": "vitest" },
      }),
      { params: Promise.resolve({ id: record!.uuid }) },
    );
    expect(file.status).toBe(200);
    expect(
      Buffer.from(await file.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");

    const [notice] = await db
      .select()
      .from(notifications)
      .where(
        and(eq(notifications.userId, patient.user.id), eq(notifications.type, "prescription")),
      );
    expect(notice).toMatchObject({
      link: `/appointments/${appointment.uuid}`,
      messageKey: "prescriptionIssued",
    });
    await flushDeferred();
    const mails = await listMailbox(patient.user.email);
    expect(mails.map((m) => m.subject)).toContain("Your prescription from Dr. Kavya Nair");
  });

  it("answers 404 to another doctor and 403 to the patient, and writes nothing", async () => {
    const { patient, appointment, paracetamol } = await setup();
    const other = await createDoctorWithToken();
    expect((await post(other.token, appointment.uuid, body(paracetamol.uuid))).status).toBe(404);
    const mine = await post(patient.token, appointment.uuid, body(paracetamol.uuid));
    expect(mine.status).toBe(403);
    expect(mine.headers.get("content-type")).toContain("application/problem+json");
    expect((await post(other.token, "not-a-uuid", body(paracetamol.uuid))).status).toBe(404);
    const records = await db
      .select()
      .from(healthRecords)
      .where(eq(healthRecords.userId, patient.user.id));
    expect(records).toEqual([]);
  });

  it("refuses a follow-up in the past and an empty list of medicines (422 on the field)", async () => {
    const { doc, appointment, paracetamol } = await setup();
    const past = await post(
      doc.token,
      appointment.uuid,
      body(paracetamol.uuid, { followUpDate: clinicDate(-1) }),
    );
    expect(past.status).toBe(422);
    expect(past.body.errors).toEqual([
      { path: "followUpDate", message: "must not be in the past" },
    ]);
    const empty = await post(doc.token, appointment.uuid, body(paracetamol.uuid, { items: [] }));
    expect(empty.status).toBe(422);
    expect(empty.body.errors[0]).toMatchObject({ path: "items" });
  });

  it("refuses an appointment that has not started (409) or was cancelled (409)", async () => {
    const patient = await createPatientWithToken();
    const later = await createDoctorWithToken(patient.user.id, {
      ...clinicMoment(120),
      status: "confirmed",
    });
    const paracetamol = await medicine("Dolo 650", "Paracetamol");
    expect((await post(later.token, later.appointment!.uuid, body(paracetamol.uuid))).status).toBe(
      409,
    );
    const cancelled = await createAppointment({
      patientId: patient.user.id,
      doctorId: later.doctor.id,
      ...clinicMoment(-60),
      status: "cancelled",
    });
    expect((await post(later.token, cancelled.uuid, body(paracetamol.uuid))).status).toBe(409);
  });

  it("issues once; a correction replaces it once; a second correction of the same one is 409", async () => {
    const { patient, doc, appointment, paracetamol } = await setup();
    const first = await post(doc.token, appointment.uuid, body(paracetamol.uuid));
    expect(first.status).toBe(201);
    const again = await post(doc.token, appointment.uuid, body(paracetamol.uuid));
    expect(again.status).toBe(409);
    const fixed = await post(
      doc.token,
      appointment.uuid,
      body(paracetamol.uuid, {
        diagnosis: "Dengue fever",
        replaces: first.body.data.id,
      }),
    );
    expect(fixed.status).toBe(201);
    expect(fixed.body.data.replaces).toBe(first.body.data.id);
    const old = await call(getRx, { token: patient.token, params: { id: first.body.data.id } });
    expect(old.body.data).toMatchObject({
      replacedBy: fixed.body.data.id,
      diagnosis: "Viral fever",
    });
    const twice = await post(
      doc.token,
      appointment.uuid,
      body(paracetamol.uuid, { replaces: first.body.data.id }),
    );
    expect(twice.status).toBe(409);
  });

  it("lets only one of two concurrent first issues through", async () => {
    const { doc, appointment, paracetamol } = await setup();
    const results = await Promise.all([
      post(doc.token, appointment.uuid, body(paracetamol.uuid)),
      post(doc.token, appointment.uuid, body(paracetamol.uuid)),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
  });

  it("warns about a recorded allergy (422 on the item) until the doctor acknowledges it", async () => {
    const { patient, doc, appointment } = await setup();
    await db.insert(healthProfiles).values({ userId: patient.user.id, allergies: ["Penicillin"] });
    const amoxicillin = await medicine("Mox 500", "Amoxicillin");
    const payload = body(amoxicillin.uuid);
    const warned = await post(doc.token, appointment.uuid, payload);
    expect(warned.status).toBe(422);
    expect(warned.body.errors).toEqual([
      { path: "items.0.medicineId", message: "patient is allergic to Penicillin" },
    ]);
    const issued = await post(doc.token, appointment.uuid, {
      ...payload,
      acknowledgeAllergies: true,
    });
    expect(issued.status).toBe(201);
  });
});

describe("GET /prescriptions", () => {
  it("shows the patient and the writing doctor their prescriptions, and no one else", async () => {
    const { patient, doc, appointment, paracetamol } = await setup();
    const rx = (await post(doc.token, appointment.uuid, body(paracetamol.uuid))).body.data;
    const mine = await call(listRx, { token: patient.token, path: "/prescriptions" });
    expect(mine.body.data.map((p: { id: string }) => p.id)).toEqual([rx.id]);
    const written = await call(listRx, { token: doc.token, path: "/prescriptions?as=doctor" });
    expect(written.body.meta.total).toBe(1);

    const other = await createDoctorWithToken();
    const admin = await createUser({ role: "admin" });
    const adminToken = await tokenFor(admin);
    for (const token of [other.token, adminToken]) {
      expect((await call(getRx, { token, params: { id: rx.id } })).status).toBe(404);
      expect((await call(pdfRoute, { token, params: { id: rx.id } })).status).toBe(404);
    }
    const stranger = await createPatientWithToken();
    expect(
      (await call(listRx, { token: stranger.token, path: "/prescriptions?as=doctor" })).status,
    ).toBe(403);
    expect(
      (await call(listRx, { token: stranger.token, path: "/prescriptions" })).body.data,
    ).toEqual([]);
  });

  it("serves the PDF as an attachment, nosniff, to the patient", async () => {
    const { patient, doc, appointment, paracetamol } = await setup();
    const rx = (await post(doc.token, appointment.uuid, body(paracetamol.uuid))).body.data;
    const res = await pdfRoute(
      new Request(`http://x/api/v1/prescriptions/${rx.id}/pdf`, {
        headers: { authorization: `Bearer ${patient.token}`, "user-agent": "vitest" },
      }),
      { params: Promise.resolve({ id: rx.id }) },
    );
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toContain(
      `attachment; filename="${rx.number}.pdf"`,
    );
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });
});

describe("GET /medicines", () => {
  it("finds active medicines by brand or generic name, any case, with decimal prices", async () => {
    await medicine("Crocin 650", "Paracetamol");
    await medicine("Brufen 400", "Ibuprofen");
    await medicine("Old Para", "Paracetamol", { isActive: false });
    const res = await call(medicinesRoute, { path: "/medicines?q=PARACET" });
    expect(res.status).toBe(200);
    expect(res.body.data).toHaveLength(1);
    expect(res.body.data[0]).toMatchObject({
      name: "Crocin 650",
      price: "20.00",
      mrp: "25.50",
      inStock: true,
    });
    const brand = await call(medicinesRoute, { path: "/medicines?q=bru" });
    expect(brand.body.data.map((m: { name: string }) => m.name)).toEqual(["Brufen 400"]);
    const none = await call(medicinesRoute, { path: "/medicines?q=%25" });
    expect(none.body.data).toEqual([]);
  });
});
