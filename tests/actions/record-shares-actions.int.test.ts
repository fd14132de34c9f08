import { beforeEach, describe, expect, it, vi } from "vitest";
import {
  createRecordShareAction,
  revokeRecordShareAction,
} from "@/app/(site)/(patient)/records/shares/actions";
import type { Actor } from "@/lib/auth/actor";
import { getHealthRecord } from "@/lib/health-records/queries";
import { listRecordShares } from "@/lib/record-shares/queries";
import { createUser } from "@/tests/factories";
import { createDoctorWithToken, createRecord } from "@/tests/factories-records";
import { actorFor } from "@/tests/factories-users";
import en from "@/messages/en.json";
import hi from "@/messages/hi.json";
import { requestLocale } from "@/tests/mocks/next-intl-server";

// The consent page's doors with Next's request scope stubbed: who is signed in, in which
// language, where the action sends the browser. Everything below the door is real.
const door = vi.hoisted(() => ({
  actor: null as Actor | null,
  redirects: [] as string[],
  notFound: 0,
}));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => door.actor }));
vi.mock("next/cache", () => ({ revalidateTag: () => {}, revalidatePath: () => {} }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    door.redirects.push(url);
  },
  notFound: () => {
    door.notFound += 1;
    throw new Error("NEXT_NOT_FOUND");
  },
}));
vi.mock("next-intl/server", () => import("@/tests/mocks/next-intl-server"));

beforeEach(() => {
  door.actor = null;
  door.redirects = [];
  door.notFound = 0;
  requestLocale.current = "en";
});

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const v of typeof value === "string" ? [value] : value) data.append(name, v);
  }
  return data;
}

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

/** A patient with two records and an appointment with a doctor, as the page offers them. */
async function patientWithDoctor() {
  const patient = await createUser();
  const first = await createRecord(patient.id, { title: "Thyroid panel" });
  const second = await createRecord(patient.id, { title: "Chest X-ray" });
  const doc = await createDoctorWithToken(patient.id);
  return {
    patient: actorFor(patient),
    doctor: actorFor(doc.user, doc.doctor.id),
    doctorId: doc.doctor.uuid,
    appointmentId: doc.appointment!.uuid,
    records: [first.uuid, second.uuid],
  };
}

describe("createRecordShareAction (the consent's confirm button)", () => {
  it("shares exactly what the summary stated, then lists it live", async () => {
    const s = await patientWithDoctor();
    door.actor = s.patient;
    const expiresAt = inDays(7);
    const result = await createRecordShareAction(
      null,
      form({
        doctorId: s.doctorId,
        appointmentId: s.appointmentId,
        scope: "selected",
        recordId: [s.records[0]!],
        purpose: "follow_up",
        expiresAt,
      }),
    );
    expect(result).toBeUndefined();
    expect(door.redirects).toEqual(["/records/shares?notice=shared"]);
    const { data } = await listRecordShares(s.patient, { as: "patient", page: 1, pageSize: 20 });
    expect(data).toHaveLength(1);
    expect(data[0]).toMatchObject({
      status: "live",
      scope: "selected",
      purpose: "follow_up",
      appointmentId: s.appointmentId,
      records: [{ id: s.records[0], title: "Thyroid panel" }],
    });
    expect(Date.parse(data[0]!.expiresAt)).toBe(Date.parse(expiresAt));
    // The doctor reads the chosen record, not the other one.
    await expect(getHealthRecord(s.doctor, s.records[0]!, { door: "page" })).resolves.toMatchObject(
      {
        mine: false,
      },
    );
    await expect(getHealthRecord(s.doctor, s.records[1]!, { door: "page" })).rejects.toMatchObject({
      code: "not_found",
    });
  });

  it("shares all records when the scope is all, whatever ids ride along", async () => {
    const s = await patientWithDoctor();
    door.actor = s.patient;
    await createRecordShareAction(
      null,
      form({
        doctorId: s.doctorId,
        scope: "all",
        recordId: [s.records[0]!],
        purpose: "consultation",
        expiresAt: inDays(3),
      }),
    );
    const { data } = await listRecordShares(s.patient, { as: "patient", page: 1, pageSize: 20 });
    expect(data[0]).toMatchObject({ scope: "all", records: null });
  });

  it("refuses a doctor the patient has no appointment with, in the user's language", async () => {
    const s = await patientWithDoctor();
    const stranger = await createDoctorWithToken();
    door.actor = s.patient;
    requestLocale.current = "hi";
    const result = await createRecordShareAction(
      null,
      form({
        doctorId: stranger.doctor.uuid,
        scope: "all",
        purpose: "consultation",
        expiresAt: inDays(7),
      }),
    );
    expect(result).toMatchObject({ ok: false, message: hi.recordShares.consent.failed });
    expect(door.redirects).toEqual([]);
    const { data } = await listRecordShares(s.patient, { as: "patient", page: 1, pageSize: 20 });
    expect(data).toEqual([]);
  });

  it("refuses a period past 90 days and a signed-out caller", async () => {
    const s = await patientWithDoctor();
    door.actor = s.patient;
    const tooLong = await createRecordShareAction(
      null,
      form({ doctorId: s.doctorId, scope: "all", purpose: "consultation", expiresAt: inDays(91) }),
    );
    expect(tooLong).toMatchObject({
      ok: false,
      code: "validation_failed",
      message: en.recordShares.consent.failed,
    });
    door.actor = null;
    const anonymous = await createRecordShareAction(
      null,
      form({ doctorId: s.doctorId, scope: "all", purpose: "consultation", expiresAt: inDays(7) }),
    );
    expect(anonymous).toMatchObject({ ok: false, code: "unauthenticated" });
  });
});

describe("revokeRecordShareAction (the Revoke button, a plain form post)", () => {
  async function sharedRecord() {
    const s = await patientWithDoctor();
    door.actor = s.patient;
    await createRecordShareAction(
      null,
      form({ doctorId: s.doctorId, scope: "all", purpose: "consultation", expiresAt: inDays(7) }),
    );
    const { data } = await listRecordShares(s.patient, { as: "patient", page: 1, pageSize: 20 });
    door.redirects = [];
    return { ...s, shareId: data[0]!.id };
  }

  it("ends the doctor's access at once", async () => {
    const s = await sharedRecord();
    await expect(getHealthRecord(s.doctor, s.records[1]!, { door: "page" })).resolves.toMatchObject(
      {
        id: s.records[1],
        mine: false,
      },
    );
    await revokeRecordShareAction(form({ id: s.shareId }));
    expect(door.redirects).toEqual(["/records/shares?notice=revoked"]);
    const { data } = await listRecordShares(s.patient, { as: "patient", page: 1, pageSize: 20 });
    expect(data[0]).toMatchObject({ id: s.shareId, status: "revoked" });
    await expect(getHealthRecord(s.doctor, s.records[1]!, { door: "page" })).rejects.toMatchObject({
      code: "not_found",
    });
  });

  it("is the not-found page for someone else's share, which stays live", async () => {
    const s = await sharedRecord();
    door.actor = actorFor(await createUser());
    await expect(revokeRecordShareAction(form({ id: s.shareId }))).rejects.toThrow(
      "NEXT_NOT_FOUND",
    );
    expect(door.notFound).toBe(1);
    expect(door.redirects).toEqual([]);
    const { data } = await listRecordShares(s.patient, { as: "patient", page: 1, pageSize: 20 });
    expect(data[0]).toMatchObject({ status: "live" });
  });
});
