import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { POST as bookRoute } from "@/app/api/v1/lab-bookings/route";
import { GET as getRoute } from "@/app/api/v1/lab-bookings/[id]/route";
import { GET as reportGet, POST as reportPost } from "@/app/api/v1/lab-bookings/[id]/report/route";
import { PUT as statusRoute } from "@/app/api/v1/lab-bookings/[id]/status/route";
import { GET as recordsRoute } from "@/app/api/v1/health-records/route";
import { db } from "@/db/client";
import { adminActions, emailOutbox, healthRecords, labSlotUsage, notifications } from "@/db/schema";
import { call } from "@/tests/api-client";
import { createAdminWithToken } from "@/tests/factories-admin";
import { clinicDate, createPatientWithToken } from "@/tests/factories-appointments";
import { createLabTest, puneAddress } from "@/tests/factories-lab";
import { sampleFiles, useTemporaryStorage } from "@/tests/factories-users";
import { uploadForm } from "@/tests/factories-records";
import { flushDeferred } from "@/lib/tasks/defer";

let storage: Awaited<ReturnType<typeof useTemporaryStorage>>;
beforeEach(async () => {
  storage = await useTemporaryStorage();
});
afterEach(async () => {
  await storage.cleanup();
});

async function booked(token: string) {
  const lipid = await createLabTest();
  const res = await call(bookRoute, {
    method: "POST",
    path: "/lab-bookings",
    token,
    body: {
      testIds: [lipid.uuid],
      bookingType: "home_collection",
      date: clinicDate(3),
      time: "06:00",
      collectionAddress: puneAddress,
    },
  });
  expect(res.status).toBe(201);
  return res.body.data.id as string;
}

const setStatus = (token: string, id: string, body: unknown) =>
  call(statusRoute, {
    method: "PUT",
    path: `/lab-bookings/${id}/status`,
    token,
    body,
    params: { id },
  });

async function upload(token: string, id: string, bytes = sampleFiles.pdf()) {
  const response = await reportPost(
    new Request(`http://127.0.0.1:3000/api/v1/lab-bookings/${id}/report`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "user-agent": "vitest" },
      body: uploadForm(bytes, {}, "lipid.pdf"),
    }),
    { params: Promise.resolve({ id }) },
  );
  return { status: response.status, body: await response.json() };
}

const downloadReport = (token: string, id: string) =>
  reportGet(
    new Request(`http://127.0.0.1:3000/api/v1/lab-bookings/${id}/report`, {
      headers: { authorization: `Bearer ${token}`, "user-agent": "vitest" },
    }),
    { params: Promise.resolve({ id }) },
  );

describe("PUT /lab-bookings/:id/status (admin)", () => {
  it.each<[string, string[], Record<string, unknown>, number]>([
    ["booked -> sample_collected", [], { status: "sample_collected" }, 200],
    ["booked -> processing (skips a step)", [], { status: "processing" }, 409],
    ["sample_collected -> processing", ["sample_collected"], { status: "processing" }, 200],
    [
      "processing -> sample_collected (backwards)",
      ["sample_collected", "processing"],
      { status: "sample_collected" },
      409,
    ],
    ["cancel without a reason", [], { status: "cancelled" }, 422],
    ["cancel with a reason", [], { status: "cancelled", reason: "Phlebotomist unavailable" }, 200],
    [
      "cancel once processing",
      ["sample_collected", "processing"],
      { status: "cancelled", reason: "Too late" },
      409,
    ],
    ["an unknown status", [], { status: "report_ready" }, 422],
  ])("%s: %s", async (_name, before, body, expected) => {
    const patient = await createPatientWithToken();
    const admin = await createAdminWithToken();
    const id = await booked(patient.token);
    for (const status of before)
      expect((await setStatus(admin.token, id, { status })).status).toBe(200);
    const res = await setStatus(admin.token, id, body);
    expect(res.status).toBe(expected);
    if (expected === 200) expect(res.body.data.status).toBe(body.status);
  });

  it("refuses a patient (403), tells the patient of each step and audits it", async () => {
    const patient = await createPatientWithToken();
    const admin = await createAdminWithToken();
    const id = await booked(patient.token);
    expect((await setStatus(patient.token, id, { status: "sample_collected" })).status).toBe(403);

    const res = await setStatus(admin.token, id, { status: "sample_collected" });
    expect(res.body.data).toMatchObject({ nextStatus: "processing", canUploadReport: true });
    const mine = await call(getRoute, {
      path: `/lab-bookings/${id}`,
      token: patient.token,
      params: { id },
    });
    expect(mine.body.data).toMatchObject({ status: "sample_collected", canCancel: false });
    expect(mine.body.data.sampleCollectedAt).not.toBeNull();
    const inbox = await db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, patient.user.id));
    expect(inbox.map((n) => n.title).sort()).toEqual(["Lab test booked", "Sample collected"]);
    const audit = await db.select().from(adminActions);
    expect(audit).toMatchObject([
      { action: "lab_booking_status_changed", targetUuid: id, targetLabel: "Lipid Profile" },
    ]);
  });

  it("returns the home place when the admin cancels", async () => {
    const patient = await createPatientWithToken();
    const admin = await createAdminWithToken();
    const id = await booked(patient.token);
    await setStatus(admin.token, id, { status: "cancelled", reason: "Area flooded" });
    const [usage] = await db.select().from(labSlotUsage);
    expect(usage!.booked).toBe(0);
  });
});

describe("lab reports", () => {
  it("files the report as the patient's health record, notifies them, and serves it from the booking", async () => {
    const patient = await createPatientWithToken();
    const other = await createPatientWithToken();
    const admin = await createAdminWithToken();
    const id = await booked(patient.token);

    expect((await downloadReport(patient.token, id)).status).toBe(404);
    expect((await upload(patient.token, id)).status).toBe(403);
    // Not before the sample is in.
    expect((await upload(admin.token, id)).status).toBe(409);
    await setStatus(admin.token, id, { status: "sample_collected" });

    const res = await upload(admin.token, id);
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ status: "report_ready", canUploadReport: false });

    const [record] = await db.select().from(healthRecords);
    expect(record).toMatchObject({
      userId: patient.user.id,
      recordType: "lab_report",
      source: "lab",
      title: "Lab report: Lipid Profile",
      mimeType: "application/pdf",
      uploadedBy: admin.user.id,
    });
    const booking = await call(getRoute, {
      path: `/lab-bookings/${id}`,
      token: patient.token,
      params: { id },
    });
    expect(booking.body.data.reportRecordId).toBe(record!.uuid);

    const file = await downloadReport(patient.token, id);
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("application/pdf");
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(sampleFiles.pdf());
    expect((await downloadReport(other.token, id)).status).toBe(404);

    const records = await call(recordsRoute, { path: "/health-records", token: patient.token });
    expect(records.body.data.map((r: { title: string }) => r.title)).toEqual([
      "Lab report: Lipid Profile",
    ]);

    const inbox = await db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, patient.user.id));
    expect(inbox.find((n) => n.title === "Your lab report is ready")).toMatchObject({
      link: `/lab-tests/bookings/${id}`,
      priority: "high",
    });
    await flushDeferred();
    const mails = await db
      .select()
      .from(emailOutbox)
      .where(eq(emailOutbox.toEmail, patient.user.email));
    expect(mails.map((m) => m.subject)).toContain("Your lab report is ready: Lipid Profile");
    expect((await db.select().from(adminActions)).map((a) => a.action)).toContain(
      "lab_report_uploaded",
    );

    // A second upload is a state conflict, not a second record.
    expect((await upload(admin.token, id)).status).toBe(409);
    expect(await db.select().from(healthRecords)).toHaveLength(1);
  });

  it("refuses a file that is not a PDF or image (415) and files nothing", async () => {
    const patient = await createPatientWithToken();
    const admin = await createAdminWithToken();
    const id = await booked(patient.token);
    await setStatus(admin.token, id, { status: "sample_collected" });
    const res = await upload(admin.token, id, new TextEncoder().encode("MZ\u0090 not a report"));
    expect(res.status).toBe(415);
    expect(await db.select().from(healthRecords)).toHaveLength(0);
  });
});
