import { createHash } from "node:crypto";
import type {
  AllergyIntolerance,
  Bundle,
  BundleEntry,
  CodeableConcept,
  Coding,
  Condition,
  DocumentReference,
  Encounter,
  FhirResource,
  MedicationStatement,
  Observation,
  Patient,
  Practitioner,
  Quantity,
  Reference,
} from "fhir/r4";
import type { AppointmentStatus, ConsultationType } from "@/db/schema/appointments";
import type { HealthRecordType } from "@/db/schema/health-records";
import { zonedToUtc } from "@/lib/appointments/zoned-time";
import type { FhirAppointmentSource, FhirRecordSource, FhirSource } from "./source";

/** Code systems and identifier namespaces the export uses. */
export const fhirSystems = {
  loinc: "http://loinc.org",
  ucum: "http://unitsofmeasure.org",
  abha: "https://healthid.ndhm.gov.in",
  actCode: "http://terminology.hl7.org/CodeSystem/v3-ActCode",
  participationType: "http://terminology.hl7.org/CodeSystem/v3-ParticipationType",
  observationCategory: "http://terminology.hl7.org/CodeSystem/observation-category",
  conditionClinical: "http://terminology.hl7.org/CodeSystem/condition-clinical",
  conditionCategory: "http://terminology.hl7.org/CodeSystem/condition-category",
  allergyClinical: "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical",
  contactRelationship: "http://terminology.hl7.org/CodeSystem/v2-0131",
} as const;

/** The LOINC codes of the vitals on the health profile. */
export const loinc = {
  bodyHeight: "8302-2",
  bodyWeight: "29463-7",
  bloodPressurePanel: "85354-9",
  systolic: "8480-6",
  diastolic: "8462-4",
  bloodGroup: "882-1",
} as const;

export interface FhirBundleOptions {
  /** Public origin (APP_URL, else the request's): DocumentReference attachment URLs start with it. */
  origin: string;
  /** The bundle's timestamp. */
  now: Date;
}

/**
 * A UUID (version 5 layout, SHA-1 of `seed`) for a resource that has no public id of its own (a
 * condition, a vital sign): the same data exported twice gets the same ids, so an importing app
 * can recognise what it already holds.
 */
export function derivedUuid(seed: string): string {
  const bytes = createHash("sha1").update(seed).digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const urn = (id: string) => `urn:uuid:${id}`;

const encounterStatus: Record<AppointmentStatus, Encounter["status"]> = {
  pending: "planned",
  confirmed: "planned",
  completed: "finished",
  // R4's Encounter has no "no-show" or "rejected": the visit did not take place.
  cancelled: "cancelled",
  rejected: "cancelled",
  no_show: "cancelled",
  rescheduled: "cancelled",
  expired: "cancelled",
};

const encounterClass: Record<ConsultationType, Coding> = {
  offline: { system: fhirSystems.actCode, code: "AMB", display: "ambulatory" },
  online: { system: fhirSystems.actCode, code: "VR", display: "virtual" },
};

const recordTypeText: Record<HealthRecordType, string> = {
  prescription: "Prescription",
  lab_report: "Lab report",
  doctor_note: "Doctor's note",
  discharge_summary: "Discharge summary",
  vaccination: "Vaccination record",
  other: "Other document",
};

const loincConcept = (code: string, display: string): CodeableConcept => ({
  coding: [{ system: fhirSystems.loinc, code, display }],
  text: display,
});

const ucum = (value: number, code: string, unit = code): Quantity => ({
  value,
  unit,
  system: fhirSystems.ucum,
  code,
});

const category = (code: string, display: string): CodeableConcept[] => [
  { coding: [{ system: fhirSystems.observationCategory, code, display }] },
];

/** The health record's API download, which audits every read that is not the owner's. */
export function recordDownloadUrl(origin: string, recordId: string): string {
  return `${origin}/api/v1/health-records/${recordId}/download`;
}

/**
 * The user's data as a FHIR R4 `collection` Bundle: Patient, Practitioner (each doctor seen),
 * Condition, AllergyIntolerance, MedicationStatement, Observation (vitals and blood group),
 * Encounter (appointments) and DocumentReference (health records; files by their download URL).
 * Every entry has a `urn:uuid:` fullUrl and every reference points at one of them.
 */
export function toFhirBundle(source: FhirSource, options: FhirBundleOptions): Bundle<FhirResource> {
  const patientId = source.user.id;
  const patientRef: Reference = { reference: urn(patientId), display: source.user.fullName };
  const profile = source.healthProfile;
  const seed = (kind: string, key: string | number) => derivedUuid(`${patientId}/${kind}/${key}`);

  const resources: FhirResource[] = [toPatient(source)];

  const practitioners = new Map<string, Practitioner>();
  for (const a of source.appointments) {
    if (!practitioners.has(a.doctorId)) {
      practitioners.set(a.doctorId, {
        resourceType: "Practitioner",
        id: a.doctorId,
        name: [{ text: a.doctorName }],
      });
    }
  }
  resources.push(...practitioners.values());

  profile.conditions.forEach((text, i) => {
    const condition: Condition = {
      resourceType: "Condition",
      id: seed("condition", `${i}:${text}`),
      clinicalStatus: {
        coding: [{ system: fhirSystems.conditionClinical, code: "active", display: "Active" }],
      },
      category: [
        {
          coding: [
            {
              system: fhirSystems.conditionCategory,
              code: "problem-list-item",
              display: "Problem List Item",
            },
          ],
        },
      ],
      code: { text },
      subject: patientRef,
    };
    resources.push(condition);
  });

  profile.allergies.forEach((text, i) => {
    const allergy: AllergyIntolerance = {
      resourceType: "AllergyIntolerance",
      id: seed("allergy", `${i}:${text}`),
      clinicalStatus: {
        coding: [{ system: fhirSystems.allergyClinical, code: "active", display: "Active" }],
      },
      code: { text },
      patient: patientRef,
    };
    resources.push(allergy);
  });

  profile.medications.forEach((m, i) => {
    const dosageText = [m.dosage, m.frequency].filter(Boolean).join(", ");
    const statement: MedicationStatement = {
      resourceType: "MedicationStatement",
      id: seed("medication", `${i}:${m.name}`),
      status: "active",
      medicationCodeableConcept: { text: m.name },
      subject: patientRef,
      ...(profile.updatedAt ? { dateAsserted: profile.updatedAt } : {}),
      ...(dosageText ? { dosage: [{ text: dosageText }] } : {}),
    };
    resources.push(statement);
  });

  resources.push(...toObservations(profile, patientRef, seed));

  for (const a of source.appointments) resources.push(toEncounter(a, patientRef));
  for (const r of source.healthRecords) resources.push(toDocumentReference(r, patientRef, options));

  const timestamp = options.now.toISOString();
  return {
    resourceType: "Bundle",
    id: derivedUuid(`${patientId}/bundle/${timestamp}`),
    type: "collection",
    timestamp,
    entry: resources.map((resource): BundleEntry<FhirResource> => ({
      fullUrl: urn(resource.id!),
      resource,
    })),
  };
}

function toPatient(source: FhirSource): Patient {
  const { user, healthProfile: profile } = source;
  const abha = profile.abha;
  return {
    resourceType: "Patient",
    id: user.id,
    // Only a number ABDM confirmed by OTP is an identifier; a typed-in one is unproved.
    ...(abha.verified && abha.abhaNumber
      ? {
          identifier: [
            { type: { text: "ABHA number" }, system: fhirSystems.abha, value: abha.abhaNumber },
          ],
        }
      : {}),
    name: [{ text: user.fullName }],
    telecom: [
      ...(user.phone
        ? [{ system: "phone" as const, value: user.phone, use: "mobile" as const }]
        : []),
      { system: "email", value: user.email },
    ],
    ...(profile.gender ? { gender: profile.gender } : {}),
    ...(profile.dateOfBirth ? { birthDate: profile.dateOfBirth } : {}),
    ...(profile.city ? { address: [{ city: profile.city, country: "IN" }] } : {}),
    ...(profile.emergencyContact
      ? {
          contact: [
            {
              relationship: [
                {
                  coding: [
                    {
                      system: fhirSystems.contactRelationship,
                      code: "C",
                      display: "Emergency Contact",
                    },
                  ],
                },
              ],
              telecom: [{ system: "phone", value: profile.emergencyContact }],
            },
          ],
        }
      : {}),
  };
}

function toObservations(
  profile: FhirSource["healthProfile"],
  subject: Reference,
  seed: (kind: string, key: string) => string,
): Observation[] {
  const effective = profile.updatedAt ? { effectiveDateTime: profile.updatedAt } : {};
  const vital = (
    key: string,
    code: CodeableConcept,
    rest: Partial<Observation>,
    categoryCode: "vital-signs" | "laboratory" = "vital-signs",
  ): Observation => ({
    resourceType: "Observation",
    id: seed("observation", key),
    status: "final",
    category: category(categoryCode, categoryCode === "vital-signs" ? "Vital Signs" : "Laboratory"),
    code,
    subject,
    ...effective,
    ...rest,
  });

  const observations: Observation[] = [];
  if (profile.heightCm !== null) {
    observations.push(
      vital("height", loincConcept(loinc.bodyHeight, "Body height"), {
        valueQuantity: ucum(profile.heightCm, "cm"),
      }),
    );
  }
  if (profile.weightKg !== null) {
    observations.push(
      vital("weight", loincConcept(loinc.bodyWeight, "Body weight"), {
        valueQuantity: ucum(profile.weightKg, "kg"),
      }),
    );
  }
  const bp = profile.bloodPressure ? /^(\d+)\/(\d+)$/.exec(profile.bloodPressure) : null;
  if (bp) {
    observations.push(
      vital(
        "blood-pressure",
        loincConcept(loinc.bloodPressurePanel, "Blood pressure panel with all children optional"),
        {
          component: [
            {
              code: loincConcept(loinc.systolic, "Systolic blood pressure"),
              valueQuantity: ucum(Number(bp[1]), "mm[Hg]", "mmHg"),
            },
            {
              code: loincConcept(loinc.diastolic, "Diastolic blood pressure"),
              valueQuantity: ucum(Number(bp[2]), "mm[Hg]", "mmHg"),
            },
          ],
        },
      ),
    );
  }
  if (profile.bloodGroup && profile.bloodGroup !== "unknown") {
    // A blood group is a lab finding, not a vital sign (the vital-signs profile lists its codes).
    observations.push(
      vital(
        "blood-group",
        loincConcept(loinc.bloodGroup, "ABO and Rh group [Type] in Blood"),
        { valueCodeableConcept: { text: profile.bloodGroup } },
        "laboratory",
      ),
    );
  }
  return observations;
}

function toEncounter(a: FhirAppointmentSource, subject: Reference): Encounter {
  const start = zonedToUtc(a.date, a.time, a.timezone);
  const end = new Date(start.getTime() + a.durationMinutes * 60_000);
  const reason = a.chiefComplaint ?? a.symptoms;
  return {
    resourceType: "Encounter",
    id: a.id,
    status: encounterStatus[a.status],
    class: encounterClass[a.consultationType],
    subject,
    participant: [
      {
        type: [
          {
            coding: [
              { system: fhirSystems.participationType, code: "PPRF", display: "primary performer" },
            ],
          },
        ],
        individual: { reference: urn(a.doctorId), display: a.doctorName },
      },
    ],
    period: { start: start.toISOString(), end: end.toISOString() },
    length: { value: a.durationMinutes, unit: "min", system: fhirSystems.ucum, code: "min" },
    ...(reason ? { reasonCode: [{ text: reason }] } : {}),
  };
}

function toDocumentReference(
  r: FhirRecordSource,
  subject: Reference,
  options: FhirBundleOptions,
): DocumentReference {
  const authors = [r.doctorName, r.hospitalName].filter((a): a is string => Boolean(a));
  return {
    resourceType: "DocumentReference",
    id: r.id,
    status: "current",
    type: { text: recordTypeText[r.recordType] },
    subject,
    date: r.createdAt.toISOString(),
    ...(r.description ? { description: r.description } : {}),
    ...(authors.length ? { author: authors.map((display) => ({ display })) } : {}),
    content: [
      {
        attachment: {
          title: r.title,
          ...(r.mimeType
            ? {
                contentType: r.mimeType,
                url: recordDownloadUrl(options.origin, r.id),
                ...(r.sizeBytes !== null ? { size: r.sizeBytes } : {}),
              }
            : {}),
          ...(r.documentDate ? { creation: r.documentDate } : {}),
        },
      },
    ],
    ...(r.documentDate ? { context: { period: { start: r.documentDate } } } : {}),
  };
}
