import type {
  Condition,
  DocumentReference,
  Encounter,
  FhirResource,
  MedicationStatement,
  Observation,
  Patient,
} from "fhir/r4";
import { describe, expect, it } from "vitest";
import { derivedUuid, toFhirBundle } from "./bundle";
import type { FhirSource } from "./source";

const patientId = "0b7f3c9e-1d2a-4e5f-8a6b-7c8d9e0f1a2b";
const doctorA = "11111111-aaaa-4aaa-8aaa-111111111111";
const doctorB = "22222222-bbbb-4bbb-8bbb-222222222222";
const origin = "https://swasthai.example";
const now = new Date("2026-12-04T10:00:00.000Z");

const emptyProfile: FhirSource["healthProfile"] = {
  conditions: [],
  allergies: [],
  medications: [],
  heightCm: null,
  weightKg: null,
  bloodPressure: null,
  bloodGroup: null,
  dateOfBirth: null,
  gender: null,
  city: null,
  emergencyContact: null,
  abha: {
    linked: false,
    abhaNumber: null,
    abhaAddress: null,
    linkedAt: null,
    verified: false,
    verifiedAt: null,
  },
  updatedAt: null,
};

const empty: FhirSource = {
  user: { id: patientId, fullName: "Asha Verma", email: "asha@example.test", phone: null },
  healthProfile: emptyProfile,
  appointments: [],
  healthRecords: [],
};

const appointment = (over: Partial<FhirSource["appointments"][number]> = {}) => ({
  id: crypto.randomUUID(),
  doctorId: doctorA,
  doctorName: "Dr. Mehta",
  date: "2026-05-01",
  time: "10:00:00",
  timezone: "Asia/Kolkata",
  durationMinutes: 30,
  consultationType: "offline" as const,
  status: "completed" as const,
  symptoms: null,
  chiefComplaint: null,
  ...over,
});

const rich: FhirSource = {
  user: { ...empty.user, phone: "+919876543210" },
  healthProfile: {
    ...emptyProfile,
    conditions: ["Asthma", "Type 2 diabetes"],
    allergies: ["Penicillin"],
    medications: [
      { name: "Metformin", dosage: "500 mg", frequency: "twice daily" },
      { name: "Salbutamol inhaler", dosage: null, frequency: null },
    ],
    heightCm: 162.5,
    weightKg: 61,
    bloodPressure: "124/82",
    bloodGroup: "B+",
    dateOfBirth: "1990-03-14",
    gender: "female",
    city: "Pune",
    emergencyContact: "+919812345678",
    abha: {
      linked: true,
      abhaNumber: "91-2345-6789-0123",
      abhaAddress: "asha@sbx",
      linkedAt: "2026-01-01T00:00:00.000Z",
      verified: true,
      verifiedAt: "2026-01-01T00:05:00.000Z",
    },
    updatedAt: "2026-11-30T08:00:00.000Z",
  },
  appointments: [
    appointment({ chiefComplaint: "Wheezing" }),
    appointment({
      doctorId: doctorB,
      doctorName: "Dr. Rao",
      consultationType: "online",
      status: "pending",
    }),
    appointment({ status: "no_show" }),
  ],
  healthRecords: [
    {
      id: "33333333-cccc-4ccc-8ccc-333333333333",
      recordType: "lab_report",
      title: "CBC report",
      description: "Fasting",
      documentDate: "2026-04-20",
      doctorName: "Dr. Mehta",
      hospitalName: "Ruby Hall",
      mimeType: "application/pdf",
      sizeBytes: 1234,
      createdAt: new Date("2026-04-21T06:00:00.000Z"),
    },
    {
      id: "44444444-dddd-4ddd-8ddd-444444444444",
      recordType: "vaccination",
      title: "Tetanus shot",
      description: null,
      documentDate: null,
      doctorName: null,
      hospitalName: null,
      mimeType: null,
      sizeBytes: null,
      createdAt: new Date("2026-04-22T06:00:00.000Z"),
    },
  ],
};

/** Every `reference` string anywhere in a value. */
function referencesIn(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => referencesIn(v, found));
  else if (value && typeof value === "object") {
    for (const [key, v] of Object.entries(value)) {
      if (key === "reference" && typeof v === "string") found.push(v);
      else referencesIn(v, found);
    }
  }
  return found;
}

const resourcesOf = (source: FhirSource): FhirResource[] =>
  (toFhirBundle(source, { origin, now }).entry ?? []).map((e) => e.resource!);

function only<T extends FhirResource["resourceType"]>(
  resources: FhirResource[],
  type: T,
): Extract<FhirResource, { resourceType: T }>[] {
  return resources.filter((r) => r.resourceType === type) as Extract<
    FhirResource,
    { resourceType: T }
  >[];
}

describe("toFhirBundle", () => {
  it("is a collection bundle whose every reference resolves to an entry's unique fullUrl", () => {
    const bundle = toFhirBundle(rich, { origin, now });
    expect(bundle).toMatchObject({
      resourceType: "Bundle",
      type: "collection",
      timestamp: "2026-12-04T10:00:00.000Z",
    });
    const fullUrls = bundle.entry!.map((e) => e.fullUrl);
    expect(new Set(fullUrls).size).toBe(fullUrls.length);
    for (const entry of bundle.entry!) {
      expect(entry.fullUrl).toBe(`urn:uuid:${entry.resource!.id}`);
      expect(entry.fullUrl).toMatch(
        /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
      );
    }
    const references = referencesIn(bundle);
    expect(references.length).toBeGreaterThan(10);
    for (const reference of references) expect(fullUrls).toContain(reference);
  });

  it("maps a rich profile to the expected resources, one doctor as one Practitioner", () => {
    const counts: Record<string, number> = {};
    for (const r of resourcesOf(rich)) counts[r.resourceType] = (counts[r.resourceType] ?? 0) + 1;
    expect(counts).toEqual({
      Patient: 1,
      Practitioner: 2,
      Condition: 2,
      AllergyIntolerance: 1,
      MedicationStatement: 2,
      Observation: 4,
      Encounter: 3,
      DocumentReference: 2,
    });
  });

  it("carries the fields FHIR R4 requires of each resource (1..1 and 1..* elements)", () => {
    const required: Record<string, string[]> = {
      Patient: [],
      Practitioner: [],
      Condition: ["subject"],
      AllergyIntolerance: ["patient"],
      MedicationStatement: ["status", "medicationCodeableConcept", "subject"],
      Observation: ["status", "code"],
      Encounter: ["status", "class"],
      DocumentReference: ["status", "content"],
    };
    for (const resource of resourcesOf(rich)) {
      expect(Object.keys(required)).toContain(resource.resourceType);
      expect(resource.id).toMatch(/^[A-Za-z0-9\-.]{1,64}$/);
      for (const field of required[resource.resourceType]!) {
        expect(resource, `${resource.resourceType}.${field}`).toHaveProperty(field);
      }
    }
    for (const doc of only(resourcesOf(rich), "DocumentReference")) {
      expect(doc.content.length).toBeGreaterThan(0);
    }
    // JSON has no empty strings, arrays or objects in FHIR: an absent value is left out.
    const json = JSON.stringify(toFhirBundle(rich, { origin, now }));
    expect(json).not.toMatch(/:""|:\[\]|:\{\}|:null/);
  });

  it("gives an empty user a bundle with just the Patient", () => {
    const resources = resourcesOf(empty);
    expect(resources.map((r) => r.resourceType)).toEqual(["Patient"]);
    const patient = resources[0] as Patient;
    expect(patient).toEqual({
      resourceType: "Patient",
      id: patientId,
      name: [{ text: "Asha Verma" }],
      telecom: [{ system: "email", value: "asha@example.test" }],
    });
  });

  it("describes the patient, with the ABHA number only once it is verified", () => {
    const [patient] = only(resourcesOf(rich), "Patient");
    expect(patient).toMatchObject({
      gender: "female",
      birthDate: "1990-03-14",
      address: [{ city: "Pune", country: "IN" }],
      telecom: [
        { system: "phone", value: "+919876543210", use: "mobile" },
        { system: "email", value: "asha@example.test" },
      ],
      identifier: [{ system: "https://healthid.ndhm.gov.in", value: "91-2345-6789-0123" }],
      contact: [{ telecom: [{ system: "phone", value: "+919812345678" }] }],
    });

    const unverified = {
      ...rich,
      healthProfile: {
        ...rich.healthProfile,
        abha: { ...rich.healthProfile.abha, verified: false },
      },
    };
    expect(only(resourcesOf(unverified), "Patient")[0]!.identifier).toBeUndefined();
  });

  it("codes vitals in LOINC with UCUM units", () => {
    const observations = only(resourcesOf(rich), "Observation");
    const byCode = (code: string): Observation =>
      observations.find((o) => o.code.coding?.[0]?.code === code)!;
    for (const o of observations) {
      expect(o.status).toBe("final");
      expect(o.code.coding![0]!.system).toBe("http://loinc.org");
      expect(o.effectiveDateTime).toBe("2026-11-30T08:00:00.000Z");
    }

    const vitalSigns = { coding: [expect.objectContaining({ code: "vital-signs" })] };
    expect(byCode("8302-2")).toMatchObject({
      category: [vitalSigns],
      valueQuantity: { value: 162.5, unit: "cm", system: "http://unitsofmeasure.org", code: "cm" },
    });
    expect(byCode("29463-7")).toMatchObject({
      category: [vitalSigns],
      valueQuantity: { value: 61, system: "http://unitsofmeasure.org", code: "kg" },
    });
    const bp = byCode("85354-9");
    expect(bp.valueQuantity).toBeUndefined();
    expect(
      bp.component!.map((c) => [
        c.code.coding![0]!.code,
        c.valueQuantity!.value,
        c.valueQuantity!.code,
      ]),
    ).toEqual([
      ["8480-6", 124, "mm[Hg]"],
      ["8462-4", 82, "mm[Hg]"],
    ]);
    expect(byCode("882-1")).toMatchObject({
      category: [{ coding: [expect.objectContaining({ code: "laboratory" })] }],
      valueCodeableConcept: { text: "B+" },
    });
  });

  it("leaves out an unknown blood group and vitals not recorded", () => {
    const source = {
      ...empty,
      healthProfile: { ...emptyProfile, bloodGroup: "unknown" as const, weightKg: 70 },
    };
    const codes = only(resourcesOf(source), "Observation").map((o) => o.code.coding![0]!.code);
    expect(codes).toEqual(["29463-7"]);
  });

  it("maps conditions, allergies and medicines as active entries about the patient", () => {
    const resources = resourcesOf(rich);
    const conditions: Condition[] = only(resources, "Condition");
    expect(conditions.map((c) => c.code?.text)).toEqual(["Asthma", "Type 2 diabetes"]);
    expect(conditions[0]).toMatchObject({
      clinicalStatus: { coding: [{ code: "active" }] },
      category: [{ coding: [{ code: "problem-list-item" }] }],
      subject: { reference: `urn:uuid:${patientId}` },
    });
    expect(only(resources, "AllergyIntolerance")[0]).toMatchObject({
      code: { text: "Penicillin" },
      patient: { reference: `urn:uuid:${patientId}` },
    });
    const medicines: MedicationStatement[] = only(resources, "MedicationStatement");
    expect(medicines.map((m) => [m.status, m.medicationCodeableConcept?.text, m.dosage])).toEqual([
      ["active", "Metformin", [{ text: "500 mg, twice daily" }]],
      ["active", "Salbutamol inhaler", undefined],
    ]);
  });

  it("maps appointments to encounters with status, class, period and the doctor", () => {
    const encounters: Encounter[] = only(resourcesOf(rich), "Encounter");
    expect(encounters.map((e) => [e.status, e.class.code])).toEqual([
      ["finished", "AMB"],
      ["planned", "VR"],
      ["cancelled", "AMB"],
    ]);
    expect(encounters[0]).toMatchObject({
      id: rich.appointments[0]!.id,
      // 10:00 in Pune is 04:30 UTC.
      period: { start: "2026-05-01T04:30:00.000Z", end: "2026-05-01T05:00:00.000Z" },
      participant: [{ individual: { reference: `urn:uuid:${doctorA}`, display: "Dr. Mehta" } }],
      reasonCode: [{ text: "Wheezing" }],
    });
    expect(encounters[0]!.class.system).toBe("http://terminology.hl7.org/CodeSystem/v3-ActCode");
  });

  it("points each document at its API download, and keeps an entry without a file", () => {
    const documents: DocumentReference[] = only(resourcesOf(rich), "DocumentReference");
    expect(documents[0]).toMatchObject({
      status: "current",
      type: { text: "Lab report" },
      date: "2026-04-21T06:00:00.000Z",
      description: "Fasting",
      content: [
        {
          attachment: {
            contentType: "application/pdf",
            size: 1234,
            title: "CBC report",
            url: "https://swasthai.example/api/v1/health-records/33333333-cccc-4ccc-8ccc-333333333333/download",
          },
        },
      ],
      context: { period: { start: "2026-04-20" } },
    });
    expect(documents[1]!.content).toEqual([{ attachment: { title: "Tetanus shot" } }]);
  });

  it("gives the same ids to the same data exported twice", () => {
    const ids = (at: Date) =>
      (toFhirBundle(rich, { origin, now: at }).entry ?? []).map((e) => e.fullUrl);
    expect(ids(new Date("2027-01-01T00:00:00Z"))).toEqual(ids(now));
    expect(derivedUuid("a")).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(derivedUuid("a")).not.toBe(derivedUuid("b"));
  });
});
