import "server-only";
import { eq, sql } from "drizzle-orm";
import { db, type Queryable } from "@/db/client";
import { healthProfiles, type NewHealthProfileRow } from "@/db/schema";
import { emptyHealthProfileRow, type HealthProfileRow } from "./mappers";
import type { UpdateHealthProfileInput } from "./schemas";

export const healthProfileColumns = {
  conditions: healthProfiles.conditions,
  allergies: healthProfiles.allergies,
  medications: healthProfiles.medications,
  heightCm: healthProfiles.heightCm,
  weightKg: healthProfiles.weightKg,
  bp: healthProfiles.bp,
  bloodGroup: healthProfiles.bloodGroup,
  notes: healthProfiles.notes,
  dateOfBirth: healthProfiles.dateOfBirth,
  age: healthProfiles.age,
  gender: healthProfiles.gender,
  city: healthProfiles.city,
  emergencyContact: healthProfiles.emergencyContact,
  abhaNumber: healthProfiles.abhaNumber,
  abhaAddress: healthProfiles.abhaAddress,
  abhaLinkedAt: healthProfiles.abhaLinkedAt,
  onboardingCompletedAt: healthProfiles.onboardingCompletedAt,
  updatedAt: healthProfiles.updatedAt,
};

/** The user's health profile row, or the empty profile when there is none yet. */
export async function loadHealthProfileRow(
  userId: number,
  q: Queryable = db,
): Promise<HealthProfileRow> {
  const [row] = await q
    .select(healthProfileColumns)
    .from(healthProfiles)
    .where(eq(healthProfiles.userId, userId))
    .limit(1);
  return row ?? emptyHealthProfileRow;
}

type Settable = Omit<NewHealthProfileRow, "id" | "uuid" | "userId" | "createdAt">;

/** Validated input -> the columns it sets (only the fields present in the input). */
export function columnsOf(input: UpdateHealthProfileInput): {
  set: Settable;
  completeOnboarding: boolean | undefined;
} {
  const set: Settable = {};
  if (input.conditions !== undefined) set.conditions = input.conditions;
  if (input.allergies !== undefined) set.allergies = input.allergies;
  if (input.medications !== undefined) set.medications = input.medications;
  if (input.heightCm !== undefined)
    set.heightCm = input.heightCm === null ? null : input.heightCm.toFixed(1);
  if (input.weightKg !== undefined)
    set.weightKg = input.weightKg === null ? null : input.weightKg.toFixed(1);
  if (input.bloodPressure !== undefined) set.bp = input.bloodPressure;
  if (input.bloodGroup !== undefined) set.bloodGroup = input.bloodGroup;
  if (input.notes !== undefined) set.notes = input.notes;
  if (input.dateOfBirth !== undefined) set.dateOfBirth = input.dateOfBirth;
  if (input.age !== undefined) set.age = input.age;
  if (input.gender !== undefined) set.gender = input.gender;
  if (input.city !== undefined) set.city = input.city;
  if (input.emergencyContact !== undefined) set.emergencyContact = input.emergencyContact;
  return { set, completeOnboarding: input.onboardingCompleted };
}

/**
 * Inserts or updates the user's one health profile row with `set`. Onboarding: true keeps the
 * first completion time, false clears it, undefined leaves it.
 */
export async function upsertHealthProfile(
  q: Queryable,
  userId: number,
  set: Settable,
  completeOnboarding?: boolean,
): Promise<void> {
  const onboarding =
    completeOnboarding === undefined
      ? {}
      : completeOnboarding
        ? { onboardingCompletedAt: sql`coalesce(${healthProfiles.onboardingCompletedAt}, now())` }
        : { onboardingCompletedAt: null };
  await q
    .insert(healthProfiles)
    .values({
      userId,
      ...set,
      ...(completeOnboarding ? { onboardingCompletedAt: new Date() } : {}),
    })
    .onConflictDoUpdate({
      target: healthProfiles.userId,
      set: { ...set, ...onboarding, updatedAt: new Date() },
    });
}
