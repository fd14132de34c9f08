import { toAbhaDto } from "@/lib/abha/mappers";
import { ageOn, todayInIndia } from "@/lib/validation/fields";
import { bmiOf } from "./bmi";
import type { StoredMedication } from "@/db/schema/health-profiles";
import type { HealthProfileDto, MedicationDto } from "./schemas";

export { bmiOf };

/** The columns health-profile queries select. */
export interface HealthProfileRow {
  conditions: string[];
  allergies: string[];
  medications: (StoredMedication | string)[];
  heightCm: string | null;
  weightKg: string | null;
  bp: string | null;
  bloodGroup: HealthProfileDto["bloodGroup"];
  notes: string | null;
  dateOfBirth: string | null;
  age: number | null;
  gender: HealthProfileDto["gender"];
  city: string | null;
  emergencyContact: string | null;
  abhaNumber: string | null;
  abhaAddress: string | null;
  abhaLinkedAt: Date | null;
  abhaVerifiedAt: Date | null;
  onboardingCompletedAt: Date | null;
  updatedAt: Date | null;
}

/** A stored medicine; a plain string (written before medicines were structured) is its name. */
export function toMedicationDto(stored: StoredMedication | string): MedicationDto {
  if (typeof stored === "string") return { name: stored, dosage: null, frequency: null };
  return { name: stored.name, dosage: stored.dosage ?? null, frequency: stored.frequency ?? null };
}

const num = (v: string | null) => (v === null ? null : Number(v));

/** Row -> the health profile as its owner sees it; age from the date of birth as of `today`. */
export function toHealthProfileDto(
  row: HealthProfileRow,
  today: string = todayInIndia(),
): HealthProfileDto {
  const heightCm = num(row.heightCm);
  const weightKg = num(row.weightKg);
  return {
    conditions: row.conditions,
    allergies: row.allergies,
    medications: row.medications.map(toMedicationDto),
    heightCm,
    weightKg,
    bmi: bmiOf(heightCm, weightKg),
    bloodPressure: row.bp,
    bloodGroup: row.bloodGroup,
    notes: row.notes,
    dateOfBirth: row.dateOfBirth,
    age: row.dateOfBirth ? ageOn(row.dateOfBirth, today) : row.age,
    gender: row.gender,
    city: row.city,
    emergencyContact: row.emergencyContact,
    onboardingCompleted: row.onboardingCompletedAt !== null,
    abha: toAbhaDto(row),
    updatedAt: row.updatedAt?.toISOString() ?? null,
  };
}

/** What a user without a health profile row sees. */
export const emptyHealthProfileRow: HealthProfileRow = {
  conditions: [],
  allergies: [],
  medications: [],
  heightCm: null,
  weightKg: null,
  bp: null,
  bloodGroup: null,
  notes: null,
  dateOfBirth: null,
  age: null,
  gender: null,
  city: null,
  emergencyContact: null,
  abhaNumber: null,
  abhaAddress: null,
  abhaLinkedAt: null,
  abhaVerifiedAt: null,
  onboardingCompletedAt: null,
  updatedAt: null,
};
