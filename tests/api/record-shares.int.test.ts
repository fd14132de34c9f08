import { and, eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { GET as download } from "@/app/api/v1/health-records/[id]/download/route";
import { GET as preview } from "@/app/api/v1/health-records/[id]/preview/route";
import { GET as getRecord } from "@/app/api/v1/health-records/[id]/route";
import { GET as listRecords } from "@/app/api/v1/health-records/route";
import { DELETE as revoke, GET as getShare } from "@/app/api/v1/record-shares/[id]/route";
import { GET as listShares, POST as share } from "@/app/api/v1/record-shares/route";
import { GET as accessLog } from "@/app/api/v1/users/[id]/access-log/route";
import { db } from "@/db/client";
import { healthRecords, recordAccessLog } from "@/db/schema";
import { getHealthRecord } from "@/lib/health-records/queries";
import { getSharedRecordsForAppointment, listShareTargets } from "@/lib/record-shares/queries";
import { deleteUser } from "@/lib/users/service";
import { call } from "@/tests/api-client";
import { errorOf } from "@/tests/app-error";
import { createUser } from "@/tests/factories";
import {
  createAppointment,
  createPatientWithToken,
  tokenFor,
} from "@/tests/factories-appointments";
import { createDoctorWithToken, createRecord, createShare } from "@/tests/factories-records";
import { actorFor, useTemporaryStorage } from "@/tests/factories-users";

let storage: Awaited<ReturnType<typeof useTemporaryStorage>>;
beforeEach(async () => {
  storage = await useTemporaryStorage();
});
afterEach(async () => {
  await storage.cleanup();
});

const day = 86_400_000;
const file = (handler: typeof download, token: string, id: string) =>
  handler(
    new Request(`http://127.0.0.1:3000/api/v1/health-records/${id}/x`, {
      headers: { authorization: `Bearer ${token}` },
    }),
    { params: Promise.resolve({ id }) },
  );

/** Every door a doctor could read the record through, as statuses. */
async function doctorStatuses(token: string, record: { uuid: string }, patientUuid: string) {
  return {
    get: (await call(getRecord, { token, params: { id: record.uuid } })).status,
    list: (await call(listRecords, { token, path: `/health-records?patientId=${patientUuid}` }))
      .status,
    preview: (await file(preview, token, record.uuid)).status,
    download: (await file(download, token, record.uuid)).status,
  };
}

const logOf = (ownerId: number) =>
  db.select().from(recordAccessLog).where(eq(recordAccessLog.ownerId, ownerId));

const all404 = { get: 404, list: 404, preview: 404, download: 404 };

describe("a doctor reads a patient's record only within a live share and an appointment", () => {
  type Setup = (s: {
    patientId: number;
    doctorId: number;
    recordId: number;
    otherRecordId: number;
  }) => Promise<unknown>;
  it.each<[string, Setup, "appointment" | "none" | "cancelled"]>([
    ["without a share", async () => {}, "appointment"],
    [
      "with an expired share",
      ({ patientId, doctorId }) =>
        createShare({ ownerId: patientId, doctorId, expiresAt: new Date(Date.now() - 1000) }),
      "appointment",
    ],
    [
      "after revocation",
      ({ patientId, doctorId }) =>
        createShare({ ownerId: patientId, doctorId, revokedAt: new Date(Date.now() - 1000) }),
      "appointment",
    ],
    [
      "with a share of a different record",
      ({ patientId, doctorId, otherRecordId }) =>
        createShare({ ownerId: patientId, doctorId, recordIds: [otherRecordId] }),
      "appointment",
    ],
    [
      "without any appointment",
      ({ patientId, doctorId }) => createShare({ ownerId: patientId, doctorId }),
      "none",
    ],
    [
      "with only a cancelled appointment",
      ({ patientId, doctorId }) => createShare({ ownerId: patientId, doctorId }),
      "cancelled",
    ],
  ])("404 %s, and nothing is logged", async (_name, setup, appointment) => {
    const patient = await createUser();
    const doctor = await createDoctorWithToken(
      appointment === "none" ? undefined : patient.id,
      appointment === "cancelled" ? { status: "cancelled", cancelReason: "busy" } : {},
    );
    const record = await createRecord(patient.id);
    const other = await createRecord(patient.id, { title: "X-ray" });
    await setup({
      patientId: patient.id,
      doctorId: doctor.doctor.id,
      recordId: record.id,
      otherRecordId: other.id,
    });
    const statuses = await doctorStatuses(doctor.token, record, patient.uuid);
    if (_name === "with a share of a different record") {
      // The patient is listable (they share X-ray), but this record is not in the list.
      expect(statuses).toEqual({ ...all404, list: 200 });
    } else {
      expect(statuses).toEqual(all404);
    }
    expect((await logOf(patient.id)).filter((e) => e.recordId === record.id)).toEqual([]);
  });

  it("404 for an admin, another doctor and another patient, even while a share lives", async () => {
    const patient = await createUser();
    const doctor = await createDoctorWithToken(patient.id);
    const record = await createRecord(patient.id);
    await createShare({ ownerId: patient.id, doctorId: doctor.doctor.id });
    const admin = await createUser({ role: "admin" });
    const otherDoctor = await createDoctorWithToken(patient.id);
    const stranger = await createPatientWithToken();
    for (const token of [await tokenFor(admin), otherDoctor.token, stranger.token]) {
      expect(await doctorStatuses(token, record, patient.uuid)).toEqual(all404);
    }
    expect(await logOf(patient.id)).toEqual([]);
  });

  it("200 within a live share; each read writes exactly one entry; the owner's own reads none; the owner sees them", async () => {
    const patient = await createPatientWithToken();
    const doctor = await createDoctorWithToken(patient.user.id);
    const record = await createRecord(patient.user.id, { title: "MRI" });
    await createShare({ ownerId: patient.user.id, doctorId: doctor.doctor.id });

    const reads: Array<[() => Promise<number>, string]> = [
      [
        async () =>
          (
            await call(listRecords, {
              token: doctor.token,
              path: `/health-records?patientId=${patient.user.uuid}`,
            })
          ).status,
        "view",
      ],
      [
        async () =>
          (await call(getRecord, { token: doctor.token, params: { id: record.uuid } })).status,
        "view",
      ],
      [async () => (await file(preview, doctor.token, record.uuid)).status, "preview"],
      [async () => (await file(download, doctor.token, record.uuid)).status, "download"],
    ];
    for (const [read, action] of reads) {
      const before = (await logOf(patient.user.id)).length;
      expect(await read()).toBe(200);
      const entries = await logOf(patient.user.id);
      expect(entries).toHaveLength(before + 1);
      expect(entries.at(-1)).toMatchObject({
        recordId: record.id,
        recordTitle: "MRI",
        accessedBy: doctor.user.id,
        action,
        door: "api",
        reason: "record share",
      });
    }
    // The page door is recorded as such.
    await getHealthRecord(actorFor(doctor.user, doctor.doctor.id), record.uuid, { door: "page" });
    expect((await logOf(patient.user.id)).at(-1)).toMatchObject({ door: "page", action: "view" });

    // The owner's own reads are not logged.
    expect(await doctorStatuses(patient.token, record, patient.user.uuid)).toEqual({
      get: 200,
      list: 200,
      preview: 200,
      download: 200,
    });
    expect(await logOf(patient.user.id)).toHaveLength(5);

    const log = await call(accessLog, {
      token: patient.token,
      params: { id: "me" },
      path: "/users/me/access-log",
    });
    expect(log.status).toBe(200);
    expect(log.body.meta.total).toBe(5);
    expect(log.body.data[0]).toMatchObject({
      recordId: record.uuid,
      title: "MRI",
      reader: { name: "Dr. Kavya Nair", role: "doctor" },
      reason: "record share",
    });
    expect(log.body.data.map((e: { action: string }) => e.action).sort()).toEqual([
      "download",
      "preview",
      "view",
      "view",
      "view",
    ]);

    // Nobody else reads the patient's log, not even the doctor who made it.
    for (const token of [doctor.token, (await createPatientWithToken()).token]) {
      const other = await call(accessLog, {
        token,
        params: { id: patient.user.uuid },
        path: `/users/${patient.user.uuid}/access-log`,
      });
      expect(other.status).toBe(404);
    }
  });

  it("a selected-scope share lets the doctor list and read only the chosen records", async () => {
    const patient = await createUser();
    const doctor = await createDoctorWithToken(patient.id);
    const chosen = await createRecord(patient.id, { title: "Chosen" });
    const hidden = await createRecord(patient.id, { title: "Hidden" });
    await createShare({ ownerId: patient.id, doctorId: doctor.doctor.id, recordIds: [chosen.id] });
    const list = await call(listRecords, {
      token: doctor.token,
      path: `/health-records?patientId=${patient.uuid}`,
    });
    expect(list.body.data.map((r: { title: string; mine: boolean }) => [r.title, r.mine])).toEqual([
      ["Chosen", false],
    ]);
    expect(
      (await call(getRecord, { token: doctor.token, params: { id: hidden.uuid } })).status,
    ).toBe(404);
  });
});

describe("POST /record-shares and revocation", () => {
  async function patientWithDoctor() {
    const patient = await createPatientWithToken();
    const doctor = await createDoctorWithToken(patient.user.id);
    const record = await createRecord(patient.user.id);
    return { patient, doctor, record };
  }

  it("shares all records for 7 days by default; the doctor reads until the patient revokes, then 404", async () => {
    const { patient, doctor, record } = await patientWithDoctor();
    const res = await call(share, {
      token: patient.token,
      path: "/record-shares",
      body: { doctorId: doctor.doctor.uuid },
    });
    expect(res.status).toBe(201);
    expect(res.headers.get("location")).toBe(`/api/v1/record-shares/${res.body.data.id}`);
    expect(res.body.data).toMatchObject({
      doctor: { id: doctor.doctor.uuid, name: "Dr. Kavya Nair", specialty: "general_physician" },
      patient: { id: patient.user.uuid },
      appointmentId: doctor.appointment!.uuid,
      scope: "all",
      purpose: "consultation",
      records: null,
      status: "live",
      revokedAt: null,
    });
    const days = (Date.parse(res.body.data.expiresAt) - Date.now()) / day;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThanOrEqual(7);

    expect(
      (await call(getRecord, { token: doctor.token, params: { id: record.uuid } })).status,
    ).toBe(200);
    const asDoctor = await call(listShares, {
      token: doctor.token,
      path: "/record-shares?as=doctor",
    });
    expect(asDoctor.body.data.map((s: { id: string }) => s.id)).toEqual([res.body.data.id]);

    const id = res.body.data.id;
    const revoked = await call(revoke, { token: patient.token, method: "DELETE", params: { id } });
    expect(revoked.status).toBe(200);
    expect(revoked.body.data.status).toBe("revoked");
    expect(
      (await call(getRecord, { token: doctor.token, params: { id: record.uuid } })).status,
    ).toBe(404);
    expect((await file(download, doctor.token, record.uuid)).status).toBe(404);
    expect((await call(getShare, { token: doctor.token, params: { id } })).status).toBe(404);
    expect(
      (await call(listShares, { token: doctor.token, path: "/record-shares?as=doctor" })).body.data,
    ).toEqual([]);

    // Idempotent: the same revoked share, the same moment.
    const again = await call(revoke, { token: patient.token, method: "DELETE", params: { id } });
    expect(again.status).toBe(200);
    expect(again.body.data.revokedAt).toBe(revoked.body.data.revokedAt);
    // The patient still sees it, marked revoked.
    const mine = await call(listShares, { token: patient.token, path: "/record-shares" });
    expect(mine.body.data).toMatchObject([{ id, status: "revoked" }]);
  });

  it("B can neither see nor revoke A's share", async () => {
    const { patient, doctor } = await patientWithDoctor();
    const given = await createShare({ ownerId: patient.user.id, doctorId: doctor.doctor.id });
    const b = await createPatientWithToken();
    const params = { id: given.uuid };
    expect((await call(getShare, { token: b.token, params })).status).toBe(404);
    expect((await call(revoke, { token: b.token, method: "DELETE", params })).status).toBe(404);
    expect((await call(listShares, { token: b.token, path: "/record-shares" })).body.data).toEqual(
      [],
    );
    expect((await call(getShare, { token: patient.token, params })).body.data.status).toBe("live");
  });

  it("lists mine live first, then newest first", async () => {
    const { patient, doctor } = await patientWithDoctor();
    const old = await createShare({ ownerId: patient.user.id, doctorId: doctor.doctor.id });
    const revoked = await createShare({
      ownerId: patient.user.id,
      doctorId: doctor.doctor.id,
      createdAt: new Date(Date.now() - day),
      revokedAt: new Date(),
    });
    const expired = await createShare({
      ownerId: patient.user.id,
      doctorId: doctor.doctor.id,
      createdAt: new Date(Date.now() - 3 * day),
      expiresAt: new Date(Date.now() - 2 * day),
    });
    const res = await call(listShares, { token: patient.token, path: "/record-shares" });
    expect(res.body.data.map((s: { id: string; status: string }) => [s.id, s.status])).toEqual([
      [old.uuid, "live"],
      [revoked.uuid, "revoked"],
      [expired.uuid, "expired"],
    ]);
    expect(res.body.meta.total).toBe(3);
  });

  it("names the chosen records of a selected share", async () => {
    const { patient, doctor, record } = await patientWithDoctor();
    const res = await call(share, {
      token: patient.token,
      path: "/record-shares",
      body: { doctorId: doctor.doctor.uuid, recordIds: [record.uuid], purpose: "second_opinion" },
    });
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({
      scope: "selected",
      purpose: "second_opinion",
      records: [{ id: record.uuid, title: "Blood test" }],
    });
  });

  it.each<[string, (now: number) => string, string]>([
    ["0 days (now)", (now) => new Date(now).toISOString(), "expiresAt"],
    ["in the past", (now) => new Date(now - day).toISOString(), "expiresAt"],
    ["91 days away", (now) => new Date(now + 91 * day).toISOString(), "expiresAt"],
  ])("422 for an expiry %s", async (_name, expiresAt, path) => {
    const { patient, doctor } = await patientWithDoctor();
    const res = await call(share, {
      token: patient.token,
      path: "/record-shares",
      body: { doctorId: doctor.doctor.uuid, expiresAt: expiresAt(Date.now()) },
    });
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual([path]);
  });

  it("accepts 90 days", async () => {
    const { patient, doctor } = await patientWithDoctor();
    const res = await call(share, {
      token: patient.token,
      path: "/record-shares",
      body: {
        doctorId: doctor.doctor.uuid,
        expiresAt: new Date(Date.now() + 90 * day).toISOString(),
      },
    });
    expect(res.status).toBe(201);
  });

  it("422 on doctorId for a doctor I have no appointment with (or only a cancelled one)", async () => {
    const patient = await createPatientWithToken();
    const stranger = await createDoctorWithToken();
    const cancelled = await createDoctorWithToken(patient.user.id, {
      status: "cancelled",
      cancelReason: "busy",
    });
    for (const doctorId of [stranger.doctor.uuid, cancelled.doctor.uuid, crypto.randomUUID()]) {
      const res = await call(share, {
        token: patient.token,
        path: "/record-shares",
        body: { doctorId },
      });
      expect(res.status).toBe(422);
      expect(res.body.errors).toEqual([
        { path: "doctorId", message: "is not a doctor you have an appointment with" },
      ]);
    }
  });

  it("404 when a record to share is not mine; nothing is shared", async () => {
    const { patient, doctor, record } = await patientWithDoctor();
    const other = await createUser();
    const theirs = await createRecord(other.id);
    const res = await call(share, {
      token: patient.token,
      path: "/record-shares",
      body: { doctorId: doctor.doctor.uuid, recordIds: [record.uuid, theirs.uuid] },
    });
    expect(res.status).toBe(404);
    expect(
      (await call(listShares, { token: patient.token, path: "/record-shares" })).body.data,
    ).toEqual([]);
  });
});

describe("the doctor's view from an appointment, and the patient's share targets", () => {
  it("lists what the patient shares now, audited; another doctor's appointment is 404", async () => {
    const patient = await createUser();
    const doctor = await createDoctorWithToken(patient.id);
    const actor = actorFor(doctor.user, doctor.doctor.id);
    await createRecord(patient.id, { title: "Echo" });
    const empty = await getSharedRecordsForAppointment(actor, doctor.appointment!.uuid, {
      door: "page",
    });
    expect(empty).toMatchObject({ shares: [], records: [] });
    await createShare({ ownerId: patient.id, doctorId: doctor.doctor.id });
    const view = await getSharedRecordsForAppointment(actor, doctor.appointment!.uuid, {
      door: "page",
    });
    expect(view.patient).toEqual({ id: patient.uuid, name: patient.fullName });
    expect(view.shares).toHaveLength(1);
    expect(view.records.map((r) => [r.title, r.file?.previewUrl])).toEqual([
      ["Echo", `/records/${view.records[0]!.id}/file`],
    ]);
    expect(await logOf(patient.id)).toMatchObject([{ action: "view", door: "page" }]);

    const other = await createDoctorWithToken(patient.id);
    const err = await errorOf(
      getSharedRecordsForAppointment(
        actorFor(other.user, other.doctor.id),
        doctor.appointment!.uuid,
        { door: "page" },
      ),
    );
    expect(err.status).toBe(404);
  });

  it("offers each doctor I have an appointment with once, with the latest appointment", async () => {
    const patient = await createUser();
    const doctor = await createDoctorWithToken(patient.id);
    const later = await createAppointment({
      patientId: patient.id,
      doctorId: doctor.doctor.id,
      date: "2026-02-01",
      time: "11:00",
    });
    await createAppointment({
      patientId: patient.id,
      doctorId: doctor.doctor.id,
      date: "2026-03-01",
      time: "11:00",
      status: "cancelled",
      cancelReason: "busy",
    });
    await createDoctorWithToken(patient.id, { status: "cancelled", cancelReason: "x" });
    expect(await listShareTargets(actorFor(patient))).toEqual([
      {
        doctorId: doctor.doctor.uuid,
        name: "Dr. Kavya Nair",
        specialty: "general_physician",
        appointmentId: later.uuid,
        appointmentDate: "2026-02-01",
      },
    ]);
  });
});

describe("the access log is append-only", () => {
  it("refuses an UPDATE or DELETE of an entry; erasing the owner's account still works", async () => {
    const patient = await createUser();
    const doctor = await createDoctorWithToken(patient.id);
    const record = await createRecord(patient.id);
    await createShare({ ownerId: patient.id, doctorId: doctor.doctor.id });
    expect(
      (await call(getRecord, { token: doctor.token, params: { id: record.uuid } })).status,
    ).toBe(200);
    const [entry] = await logOf(patient.id);

    await expect(
      db
        .update(recordAccessLog)
        .set({ action: "download" })
        .where(eq(recordAccessLog.id, entry!.id)),
    ).rejects.toThrow();
    await expect(
      db.delete(recordAccessLog).where(eq(recordAccessLog.id, entry!.id)),
    ).rejects.toThrow();
    expect(await logOf(patient.id)).toMatchObject([{ id: entry!.id, action: "view" }]);

    await deleteUser(actorFor(patient), "me", {});
    expect(
      await db
        .select()
        .from(healthRecords)
        .where(and(eq(healthRecords.userId, patient.id))),
    ).toEqual([]);
    expect(await storage.storage.getFile(record.fileKey!)).toBeNull();
    // The entry stays, its record gone (the title snapshot keeps it readable).
    expect(await logOf(patient.id)).toMatchObject([{ recordId: null, recordTitle: "Blood test" }]);
  });
});
