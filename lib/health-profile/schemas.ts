import { z } from "zod";
import type { BloodGroup } from "@/db/schema/health-profiles";
import { abhaSchema } from "@/lib/abha/schemas";
import { genderValues, sameAs, type Same } from "@/lib/validation/enums";
import {
  clearableDateOfBirth,
  clearableGender,
  clearableIndianMobile,
  clearableText,
  hasNoNul,
  maxAgeYears,
  noNulMessage,
  text,
} from "@/lib/validation/fields";

export const bloodGroupValues = [
  "A+",
  "A-",
  "B+",
  "B-",
  "AB+",
  "AB-",
  "O+",
  "O-",
  "unknown",
] as const;
sameAs<Same<(typeof bloodGroupValues)[number], BloodGroup>>(true);

export const maxListItems = 50;

/**
 * A list transform: entries whose key parts match case-insensitively count once (the first
 * spelling wins), and more than 50 left after that is a validation issue.
 */
function uniqueUpToMax<T>(keyParts: (item: T) => string[]) {
  return (items: T[], ctx: z.RefinementCtx): T[] => {
    const seen = new Set<string>();
    const unique = items.filter((item) => {
      const key = keyParts(item)
        .map((part) => part.toLocaleLowerCase("en-IN"))
        .join("\u0000");
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    if (unique.length > maxListItems) {
      ctx.addIssue({ code: "custom", message: `must have at most ${maxListItems} entries` });
      return z.NEVER;
    }
    return unique;
  };
}

/**
 * A list of short entries (conditions, allergies): each trimmed, 1..100 characters;
 * duplicates dropped case-insensitively (the first spelling wins); at most 50 after that.
 */
export const entryListSchema = z
  .array(text(1, 100))
  .max(200, `must have at most ${maxListItems} entries`)
  .transform(uniqueUpToMax((item) => [item]))
  .describe(
    `at most ${maxListItems} entries of 1..100 characters; duplicates are dropped case-insensitively`,
  );

/** A medicine as the API and pages show it. */
export const medicationSchema = z.object({
  name: z.string(),
  dosage: z.string().nullable().describe('e.g. "500 mg"'),
  frequency: z.string().nullable().describe('e.g. "twice daily, after meals"'),
});
export type MedicationDto = z.infer<typeof medicationSchema>;

/**
 * One medicine as sent: `{ name, dosage?, frequency? }`, or a plain string (older clients), which
 * is taken as the name.
 */
export const medicationInputSchema = z.preprocess(
  (value) => (typeof value === "string" ? { name: value } : value),
  z
    .object({
      name: text(1, 100),
      dosage: clearableText(60).optional(),
      frequency: clearableText(60).optional(),
    })
    .transform((m): MedicationDto => ({
      name: m.name,
      dosage: m.dosage ?? null,
      frequency: m.frequency ?? null,
    })),
);

/** At most 50 medicines; an entry repeated exactly (same name, dosage and frequency, any case) counts once. */
export const medicationListSchema = z
  .array(medicationInputSchema)
  .max(200, `must have at most ${maxListItems} entries`)
  .transform(uniqueUpToMax((m) => [m.name, m.dosage ?? "", m.frequency ?? ""]))
  .describe(
    `at most ${maxListItems} medicines { name (1..100), dosage?, frequency? (each up to 60) }; a plain string is read as the name`,
  );

const bpMessage = 'must look like "120/80": systolic 60-260 above diastolic 30-160';

/** "120/80" (spaces allowed around the slash), systolic 60..260 greater than diastolic 30..160. */
export function parseBloodPressure(value: string): string | null {
  const match = /^\s*(\d{2,3})\s*\/\s*(\d{2,3})\s*$/.exec(value);
  if (!match) return null;
  const systolic = Number(match[1]);
  const diastolic = Number(match[2]);
  if (systolic < 60 || systolic > 260 || diastolic < 30 || diastolic > 160 || systolic <= diastolic)
    return null;
  return `${systolic}/${diastolic}`;
}

const clearableBloodPressure = z
  .string()
  .max(20, bpMessage)
  .refine(hasNoNul, noNulMessage)
  .nullable()
  .transform((value, ctx) => {
    if (value === null || value.trim() === "") return null;
    const bp = parseBloodPressure(value);
    if (!bp) {
      ctx.addIssue({ code: "custom", message: bpMessage });
      return z.NEVER;
    }
    return bp;
  })
  .describe('"120/80"; null or empty clears it');

/** A measurement within [min, max], kept to one decimal. */
const measurement = (min: number, max: number, unit: string) =>
  z
    .number({ message: "must be a number" })
    .min(min, `must be at least ${min} ${unit}`)
    .max(max, `must be at most ${max} ${unit}`)
    .transform((n) => Math.round(n * 10) / 10)
    .nullable();

/**
 * Date of birth, gender and city: one rule each, shared by every door that may change them
 * (`PUT /users/:id`, `PUT /users/:id/health-profile`, the profile form, onboarding). Stored on the
 * health profile and written only by `writePersonalDetails`.
 */
export const personalDetailsSchema = z.object({
  dateOfBirth: clearableDateOfBirth.optional(),
  gender: clearableGender.optional(),
  city: clearableText(60).optional(),
});
export type PersonalDetailsInput = z.output<typeof personalDetailsSchema>;

/** `PUT /users/:id/health-profile`, the onboarding steps and the medical-history form. All optional. */
export const updateHealthProfileSchema = z.object({
  conditions: entryListSchema.optional(),
  allergies: entryListSchema.optional(),
  medications: medicationListSchema.optional(),
  heightCm: measurement(30, 250, "cm").optional(),
  weightKg: measurement(1, 350, "kg").optional(),
  bloodPressure: clearableBloodPressure.optional(),
  bloodGroup: z
    .enum([...bloodGroupValues, ""])
    .nullable()
    .transform((v) => (v === "" || v === null ? null : v))
    .optional(),
  notes: clearableText(2000).optional(),
  ...personalDetailsSchema.shape,
  age: z
    .number({ message: "must be a number" })
    .int("must be a whole number")
    .min(0, "must be at least 0")
    .max(maxAgeYears, `must be at most ${maxAgeYears}`)
    .nullable()
    .optional()
    .describe("self-reported age when no date of birth is given; a date of birth clears it"),
  emergencyContact: clearableIndianMobile.optional(),
  onboardingCompleted: z.boolean().optional(),
});
export type UpdateHealthProfileInput = z.output<typeof updateHealthProfileSchema>;

/** The health profile as shown to its owner. `bmi` is computed on the server. */
export const healthProfileSchema = z.object({
  conditions: z.array(z.string()),
  allergies: z.array(z.string()),
  medications: z.array(medicationSchema),
  heightCm: z.number().nullable(),
  weightKg: z.number().nullable(),
  bmi: z.number().nullable().describe("weight / height², one decimal; null without both"),
  bloodPressure: z.string().nullable(),
  bloodGroup: z.enum(bloodGroupValues).nullable(),
  notes: z.string().nullable(),
  dateOfBirth: z.iso.date().nullable(),
  age: z.number().int().nullable().describe("from the date of birth when known, else as reported"),
  gender: z.enum(genderValues).nullable(),
  city: z.string().nullable(),
  emergencyContact: z.string().nullable(),
  onboardingCompleted: z.boolean(),
  abha: abhaSchema,
  updatedAt: z.iso.datetime({ offset: true }).nullable(),
});
export type HealthProfileDto = z.infer<typeof healthProfileSchema>;
