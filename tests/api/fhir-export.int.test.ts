import type { Bundle, DocumentReference, Encounter, FhirResource, Patient } from "fhir/r4";
import { describe, expect, it } from "vitest";
import { GET as exportRoute } from "@/app/api/v1/users/[id]/export/route";
import { db } from "@/db/client";
import { appointments, healthProfiles, healthRecords } from "@/db/schema";
import { call } from "@/tests/api-client";
import { tokenFor } from "@/tests/factories-appointments";
import { createDoctor, createUser } from "@/tests/factories";

type User = Awaited<ReturnType<typeof createUser>>;

/** Attachment URLs start with APP_URL when it is set, else the request's origin. */
const origin = process.env.APP_URL ? new URL(process.env.APP_URL).origin : "http://127.0.0.1:3000";

const exportAs = async (user: User, id: string, query = "?format=fhir") =>
  call<Bundle<FhirResource>>(exportRoute, {
    path: `/users/${id}/export${query}`,
    params: { id },
    token: await tokenFor(user),
  });

/** A patient with a profile, a (Pune) appointment with a doctor and one uploaded record. */
async function patientWithData() {
  const me = await createUser({ fullName: "Asha Verma", phone: "+919876543210" });
  const { doctor } = await createDoctor({ name: "Dr. Mehta" });
  await db.insert(healthProfiles).values({
    userId: me.id,
    conditions: ["Asthma"],
    allergies: ["Penicillin"],
    medications: [{ name: "Metformin", dosage: "500 mg", frequency: "twice daily" }],
    heightCm: "162.5",
    weightKg: "61.0",
    bp: "124/82",
    bloodGroup: "B+",
    gender: "female",
    dateOfBirth: "1990-03-14",
    city: "Pune",
    abhaNumber: "91234567890123",
    abhaLinkedAt: new Date(),
    abhaVerifiedAt: new Date(),
  });
  const [appointment] = await db
    .insert(appointments)
    .values({
      patientId: me.id,
      doctorId: doctor.id,
      date: "2026-05-01",
      time: "10:00",
      consultationType: "online",
      status: "completed",
      fee: "400.00",
      chiefComplaint: "Wheezing",
    })
    .returning();
  const [record] = await db
    .insert(healthRecords)
    .values({
      userId: me.id,
      recordType: "lab_report",
      title: "CBC report",
      documentDate: "2026-04-20",
      fileKey: "records/22222222-2222-4222-8222-222222222222.pdf",
      mimeType: "application/pdf",
      sizeBytes: 1234,
    })
    .returning();
  return { me, doctor, appointment: appointment!, record: record! };
}

const resources = (bundle: Bundle<FhirResource>) => (bundle.entry ?? []).map((e) => e.resource!);

describe("GET /users/me/export?format=fhir", () => {
  it("answers the owner a FHIR R4 Bundle attachment with their record and appointment", async () => {
    const { me, doctor, appointment, record } = await patientWithData();
    const res = await exportAs(me, "me");

    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/fhir+json; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(
      /^attachment; filename="swasthai-fhir-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.body).toMatchObject({ resourceType: "Bundle", type: "collection" });

    const all = resources(res.body);
    expect(new Set(all.map((r) => r.resourceType))).toEqual(
      new Set([
        "Patient",
        "Practitioner",
        "Condition",
        "AllergyIntolerance",
        "MedicationStatement",
        "Observation",
        "Encounter",
        "DocumentReference",
      ]),
    );

    const patient = all.find((r): r is Patient => r.resourceType === "Patient")!;
    expect(patient).toMatchObject({
      id: me.uuid,
      name: [{ text: "Asha Verma" }],
      gender: "female",
      birthDate: "1990-03-14",
      identifier: [{ system: "https://healthid.ndhm.gov.in", value: "91-2345-6789-0123" }],
    });

    const document = all.find(
      (r): r is DocumentReference => r.resourceType === "DocumentReference",
    );
    expect(document).toMatchObject({
      id: record.uuid,
      status: "current",
      subject: { reference: `urn:uuid:${me.uuid}` },
      content: [
        {
          attachment: {
            contentType: "application/pdf",
            size: 1234,
            title: "CBC report",
            url: `${origin}/api/v1/health-records/${record.uuid}/download`,
          },
        },
      ],
    });

    const encounter = all.find((r): r is Encounter => r.resourceType === "Encounter");
    expect(encounter).toMatchObject({
      id: appointment.uuid,
      status: "finished",
      class: { code: "VR" },
      period: { start: "2026-05-01T04:30:00.000Z" },
      participant: [{ individual: { reference: `urn:uuid:${doctor.uuid}`, display: "Dr. Mehta" } }],
    });

    const fullUrls = new Set(res.body.entry!.map((e) => e.fullUrl));
    const references = JSON.stringify(res.body).match(/"reference":"[^"]*"/g) ?? [];
    expect(references.length).toBeGreaterThan(5);
    for (const ref of references) expect(fullUrls).toContain(JSON.parse(`{${ref}}`).reference);
  });

  it("is 404 for another user's export, and another user's bundle holds none of mine", async () => {
    const { me, record } = await patientWithData();
    const other = await createUser({ fullName: "Ravi Kumar" });

    const theirs = await exportAs(other, me.uuid);
    expect(theirs.status).toBe(404);
    expect(theirs.headers.get("content-type")).toBe("application/problem+json");
    expect(JSON.stringify(theirs.body)).not.toContain("Asha");

    const own = await exportAs(other, "me");
    expect(own.status).toBe(200);
    expect(resources(own.body).map((r) => r.resourceType)).toEqual(["Patient"]);
    expect(JSON.stringify(own.body)).not.toContain(record.uuid);
  });

  it("keeps the JSON export the default, and refuses an unknown format", async () => {
    const me = await createUser();
    const json = await exportAs(me, "me", "");
    expect(json.status).toBe(200);
    expect(json.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(json.body).toMatchObject({ data: { format: "swasthai-export/1" } });

    const bad = await exportAs(me, "me", "?format=xml");
    expect(bad.status).toBe(422);
  });
});
