import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { issuePrescriptionAction } from "@/app/(site)/(doctor)/doctor/appointments/[id]/actions";
import { db } from "@/db/client";
import { healthProfiles, medicines } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { listAppointmentPrescriptions } from "@/lib/prescriptions/queries";
import { createUser } from "@/tests/factories";
import { clinicMoment } from "@/tests/factories-appointments";
import { createDoctorWithToken } from "@/tests/factories-records";
import { actorFor, useTemporaryStorage } from "@/tests/factories-users";
import en from "@/messages/en.json";
import hi from "@/messages/hi.json";
import { requestLocale } from "@/tests/mocks/next-intl-server";

// The consultation editor's door with Next's request scope stubbed (who is signed in, which
// language, where it redirects); the domain below it is real. It is what a form post without
// JavaScript reaches, so "add a row" and a refused issue must hand every value back.
const door = vi.hoisted(() => ({ actor: null as Actor | null, redirects: [] as string[] }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => door.actor }));
vi.mock("next/cache", () => ({ revalidateTag: () => {}, revalidatePath: () => {} }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ host: "127.0.0.1:3000" }) }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    door.redirects.push(url);
  },
}));
vi.mock("next-intl/server", () => import("@/tests/mocks/next-intl-server"));

let storage: Awaited<ReturnType<typeof useTemporaryStorage>>;
beforeEach(async () => {
  storage = await useTemporaryStorage();
  door.actor = null;
  door.redirects = [];
  requestLocale.current = "en";
});
afterEach(async () => {
  await storage.cleanup();
});

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

async function consultation() {
  const patient = await createUser({ fullName: "Meena Kumari" });
  await db.insert(healthProfiles).values({ userId: patient.id, allergies: ["Penicillin"] });
  const doc = await createDoctorWithToken(patient.id, {
    ...clinicMoment(-15),
    status: "confirmed",
  });
  await db.insert(medicines).values({
    name: "Amoxicillin 500 mg Capsule",
    genericName: "Amoxicillin",
    form: "capsule",
    price: "80.00",
    mrp: "95.00",
  });
  door.actor = actorFor(doc.user, doc.doctor.id);
  return { appointmentId: doc.appointment!.uuid, doctor: door.actor };
}

const filled = (appointmentId: string, extra: Record<string, string> = {}) => ({
  id: appointmentId,
  rows: "3",
  intent: "issue",
  diagnosis: "Tonsillitis",
  "items.0.name": "Paracetamol 650 mg Tablet",
  "items.0.dosage": "1 tablet",
  "items.0.frequency": "every_6h",
  "items.0.durationDays": "3",
  "items.2.name": "amoxicillin 500 mg capsule",
  "items.2.dosage": "1 capsule",
  "items.2.frequency": "thrice_daily",
  "items.2.durationDays": "5",
  ...extra,
});

describe("issuePrescriptionAction", () => {
  it("adds a row and hands every value back, issuing nothing", async () => {
    const { appointmentId, doctor } = await consultation();
    const result = await issuePrescriptionAction(
      null,
      form({ ...filled(appointmentId), intent: "addRow" }),
    );
    expect(result).toMatchObject({ ok: false, values: { rows: "4", diagnosis: "Tonsillitis" } });
    expect(result.message).toBeUndefined();
    expect(await listAppointmentPrescriptions(doctor, appointmentId)).toEqual([]);
  });

  it("warns beside the right row about an allergy, in Hindi too, then issues once confirmed", async () => {
    const { appointmentId, doctor } = await consultation();
    const refused = await issuePrescriptionAction(null, form(filled(appointmentId)));
    expect(refused.ok).toBe(false);
    expect(refused.fieldErrors).toEqual({
      "items.2.medicine": en.Consultation.errors.allergy.replace("{allergy}", "Penicillin"),
    });
    expect(refused.values).toMatchObject({ allergy: "1", "items.2.dosage": "1 capsule" });

    requestLocale.current = "hi";
    const inHindi = await issuePrescriptionAction(null, form(filled(appointmentId)));
    expect(inHindi.fieldErrors?.["items.2.medicine"]).toBe(
      hi.Consultation.errors.allergy.replace("{allergy}", "Penicillin"),
    );

    await issuePrescriptionAction(null, form(filled(appointmentId, { acknowledgeAllergies: "1" })));
    expect(door.redirects).toEqual([
      `/doctor/appointments/${appointmentId}?issued=1#prescriptions`,
    ]);
    const [rx] = await listAppointmentPrescriptions(doctor, appointmentId);
    // The typed name matched the catalogue (any case): the line is linked to it.
    expect(rx!.items.map((i) => [i.name, i.medicineId !== null])).toEqual([
      ["Paracetamol 650 mg Tablet", false],
      ["Amoxicillin 500 mg Capsule", true],
    ]);
  });

  it("puts field errors beside their fields and refuses a doctor who is not the appointment's", async () => {
    const { appointmentId } = await consultation();
    const result = await issuePrescriptionAction(
      null,
      form(
        filled(appointmentId, { diagnosis: "", "items.2.dosage": "", followUpDate: "2000-01-01" }),
      ),
    );
    expect(result.fieldErrors).toMatchObject({
      diagnosis: en.Consultation.errors.fields.diagnosis,
      "items.2.dosage": en.Consultation.errors.fields.dosage,
    });
    const other = await createDoctorWithToken();
    door.actor = actorFor(other.user, other.doctor.id);
    const foreign = await issuePrescriptionAction(null, form(filled(appointmentId)));
    expect(foreign).toMatchObject({ ok: false, code: "not_found" });
    expect(door.redirects).toEqual([]);
  });
});
