import { and, eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { GET as auditRoute } from "@/app/api/v1/admin/audit/route";
import { GET as documentRoute } from "@/app/api/v1/admin/doctors/[id]/documents/[documentId]/route";
import { POST as rejectRoute } from "@/app/api/v1/admin/doctors/[id]/reject/route";
import { GET as getRoute } from "@/app/api/v1/admin/doctors/[id]/route";
import { POST as verifyRoute } from "@/app/api/v1/admin/doctors/[id]/verify/route";
import { GET as listRoute } from "@/app/api/v1/admin/doctors/route";
import { GET as overviewRoute } from "@/app/api/v1/admin/overview/route";
import { POST as restoreRoute } from "@/app/api/v1/admin/users/[id]/restore/route";
import { POST as suspendRoute } from "@/app/api/v1/admin/users/[id]/suspend/route";
import { GET as usersRoute } from "@/app/api/v1/admin/users/route";
import { POST as bookRoute } from "@/app/api/v1/appointments/route";
import { GET as publicDoctors } from "@/app/api/v1/doctors/route";
import { db } from "@/db/client";
import { doctors, notifications } from "@/db/schema";
import { listMailbox } from "@/lib/email/outbox";
import { flushDeferred } from "@/lib/tasks/defer";
import { call } from "@/tests/api-client";
import { createAdminWithToken, createPendingApplication } from "@/tests/factories-admin";
import { clinicDate, createPatientWithToken } from "@/tests/factories-appointments";
import { createDoctorWithToken } from "@/tests/factories-records";
import { useTemporaryStorage } from "@/tests/factories-users";

let storage: Awaited<ReturnType<typeof useTemporaryStorage>>;
beforeEach(async () => {
  storage = await useTemporaryStorage();
});
afterEach(async () => {
  await storage.cleanup();
});

const openDocument = (token: string, id: string, documentId: string) =>
  documentRoute(
    new Request(`http://127.0.0.1:3000/api/v1/admin/doctors/${id}/documents/${documentId}`, {
      headers: { authorization: `Bearer ${token}` },
    }),
    { params: Promise.resolve({ id, documentId }) },
  );

const listedIds = async (q = "") => {
  const res = await call(publicDoctors, { path: `/doctors?pageSize=100${q}` });
  return (res.body.data as { id: string }[]).map((d) => d.id);
};

describe("admin routes refuse everyone but admins", () => {
  it("answers 403 with no data to a patient, a pending doctor and a verified doctor", async () => {
    const app = await createPendingApplication();
    const patient = await createPatientWithToken();
    const verified = await createDoctorWithToken();
    const id = app.doctor.uuid;
    const docId = app.documents[0]!.uuid;
    const userId = patient.user.uuid;
    for (const token of [patient.token, app.token, verified.token]) {
      const answers = [
        await call(overviewRoute, { token, path: "/admin/overview" }),
        await call(listRoute, { token, path: "/admin/doctors?status=pending" }),
        await call(getRoute, { token, params: { id } }),
        await call(verifyRoute, { token, params: { id }, method: "POST" }),
        await call(rejectRoute, { token, params: { id }, body: { reason: "Blurry licence" } }),
        await call(usersRoute, { token, path: "/admin/users" }),
        await call(suspendRoute, { token, params: { id: userId }, body: { reason: "Spam" } }),
        await call(restoreRoute, { token, params: { id: userId }, method: "POST" }),
        await call(auditRoute, { token, path: "/admin/audit" }),
      ];
      for (const res of answers) {
        expect(res.status).toBe(403);
        expect(res.headers.get("content-type")).toContain("application/problem+json");
        expect(res.body.data).toBeUndefined();
        expect(JSON.stringify(res.body)).not.toContain(app.user.email);
      }
      const file = await openDocument(token, id, docId);
      expect(file.status).toBe(403);
      expect(await file.text()).not.toContain("%PDF");
    }
    const [row] = await db.select().from(doctors).where(eq(doctors.id, app.doctor.id));
    expect(row!.verificationStatus).toBe("pending");
  });

  it("answers 401 without a token", async () => {
    expect((await call(listRoute, { path: "/admin/doctors" })).status).toBe(401);
  });
});

describe("verifying and rejecting applications", () => {
  it("lists pending applications oldest first, with their documents", async () => {
    const admin = await createAdminWithToken();
    const first = await createPendingApplication("Dr. First");
    const second = await createPendingApplication("Dr. Second");
    await db
      .update(doctors)
      .set({ submittedAt: new Date(Date.now() - 86_400_000) })
      .where(eq(doctors.id, second.doctor.id));
    const res = await call(listRoute, { token: admin.token, path: "/admin/doctors?pageSize=100" });
    expect(res.status).toBe(200);
    const ids = (res.body.data as { id: string }[]).map((d) => d.id);
    expect(ids.indexOf(second.doctor.uuid)).toBeLessThan(ids.indexOf(first.doctor.uuid));
    const mine = res.body.data.find((d: { id: string }) => d.id === first.doctor.uuid);
    expect(mine.documents.map((d: { kind: string }) => d.kind)).toEqual([
      "registration_certificate",
      "degree",
    ]);
    expect(mine.email).toBe(first.user.email);
  });

  it("verify publishes the listing and opens bookings; verifying twice is 409", async () => {
    const admin = await createAdminWithToken();
    const app = await createPendingApplication();
    const patient = await createPatientWithToken();
    const id = app.doctor.uuid;
    expect(await listedIds()).not.toContain(id);
    const booking = {
      doctorId: id,
      date: clinicDate(3),
      time: "10:00",
      consultationType: "online",
    };
    expect((await call(bookRoute, { token: patient.token, body: booking })).status).not.toBe(201);

    const res = await call(verifyRoute, { token: admin.token, params: { id }, method: "POST" });
    expect(res.status).toBe(200);
    expect(res.body.data.status).toBe("verified");
    expect(res.body.data.history[0].action).toBe("doctor_verified");
    expect(await listedIds()).toContain(id);
    expect((await call(bookRoute, { token: patient.token, body: booking })).status).toBe(201);

    const again = await call(verifyRoute, { token: admin.token, params: { id }, method: "POST" });
    expect(again.status).toBe(409);
    expect(again.body.code ?? again.body.type).toBeDefined();
    const [note] = await db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, app.user.id));
    expect(note!.title).toBe("You are verified");
    expect(note!.link).toBe("/doctor/onboarding");
  });

  it("two admins verifying at once: one wins, the other gets 409, one audit entry", async () => {
    const a = await createAdminWithToken();
    const b = await createAdminWithToken();
    const app = await createPendingApplication();
    const id = app.doctor.uuid;
    const statuses = await Promise.all(
      [a, b].map(
        async (admin) =>
          (await call(verifyRoute, { token: admin.token, params: { id }, method: "POST" })).status,
      ),
    );
    expect(statuses.sort()).toEqual([200, 409]);
    const audit = await call(auditRoute, { token: a.token, path: `/admin/audit?targetId=${id}` });
    expect(audit.body.data).toHaveLength(1);
  });

  it("reject needs a reason (422), then notifies and mails the applicant and hides the listing", async () => {
    const admin = await createAdminWithToken();
    const app = await createPendingApplication();
    const id = app.doctor.uuid;
    for (const body of [{}, { reason: "" }, { reason: "  x " }]) {
      const res = await call(rejectRoute, { token: admin.token, params: { id }, body });
      expect(res.status).toBe(422);
      expect(res.body.errors[0].path).toBe("reason");
    }
    const reason = "The registration certificate is unreadable";
    const res = await call(rejectRoute, { token: admin.token, params: { id }, body: { reason } });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ status: "rejected", rejectionReason: reason });
    expect(await listedIds()).not.toContain(id);
    const [note] = await db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, app.user.id)));
    expect(note!.body).toContain(reason);
    await flushDeferred();
    const mail = (await listMailbox(app.user.email)).find((m) => m.text.includes(reason));
    expect(mail?.subject).toContain("needs changes");
    // Rejected: neither verify nor reject again until the doctor resubmits.
    expect(
      (await call(verifyRoute, { token: admin.token, params: { id }, method: "POST" })).status,
    ).toBe(409);
    expect(
      (await call(rejectRoute, { token: admin.token, params: { id }, body: { reason } })).status,
    ).toBe(409);
    // Resubmitted (back to pending, as the doctor's onboarding does): verifiable again.
    await db
      .update(doctors)
      .set({ verificationStatus: "pending", submittedAt: new Date() })
      .where(eq(doctors.id, app.doctor.id));
    expect(
      (await call(verifyRoute, { token: admin.token, params: { id }, method: "POST" })).status,
    ).toBe(200);
  });

  it("an unknown or malformed application id is 404, never a 500", async () => {
    const admin = await createAdminWithToken();
    const missing = "00000000-0000-4000-8000-000000000000";
    expect((await call(getRoute, { token: admin.token, params: { id: missing } })).status).toBe(
      404,
    );
    expect((await call(getRoute, { token: admin.token, params: { id: "nope" } })).status).toBe(404);
  });
});

describe("opening a verification document", () => {
  it("serves the file inline, locked down, and records the opening in the audit", async () => {
    const admin = await createAdminWithToken();
    const app = await createPendingApplication();
    const [pdf, png] = app.documents;
    const res = await openDocument(admin.token, app.doctor.uuid, pdf!.uuid);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toMatch(/^inline;/);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("cache-control")).toContain("no-store");
    expect(res.headers.get("content-security-policy")).toContain("sandbox");
    expect(new TextDecoder().decode(await res.arrayBuffer())).toMatch(/^%PDF/);

    const audit = await call(auditRoute, {
      token: admin.token,
      path: `/admin/audit?targetId=${pdf!.uuid}`,
    });
    expect(audit.body.data).toHaveLength(1);
    expect(audit.body.data[0]).toMatchObject({
      action: "doctor_document_opened",
      adminName: "Admin Anita",
      targetLabel: "Dr. Pending Patel",
    });
    const detail = await call(getRoute, { token: admin.token, params: { id: app.doctor.uuid } });
    expect(detail.body.data.history.map((h: { action: string }) => h.action)).toEqual([
      "doctor_document_opened",
    ]);
    // A document of another application, under this one's id: 404.
    const other = await createPendingApplication("Dr. Other");
    expect((await openDocument(admin.token, other.doctor.uuid, png!.uuid)).status).toBe(404);
  });
});

describe("the overview", () => {
  it("counts what the tables hold", async () => {
    const admin = await createAdminWithToken();
    const before = (await call(overviewRoute, { token: admin.token })).body.data;
    await createPendingApplication();
    const after = (await call(overviewRoute, { token: admin.token })).body.data;
    expect(after.doctors.pending).toBe(before.doctors.pending + 1);
    expect(after.users).toBe(before.users + 1);
    expect(typeof after.activeEmergencies).toBe("number");
  });
});
