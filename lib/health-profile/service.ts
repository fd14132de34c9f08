import "server-only";
import { sql } from "drizzle-orm";
import { db, type Queryable } from "@/db/client";
import { translateDbErrors } from "@/db/errors";
import { healthProfiles, type NewHealthProfileRow } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { resolveTargetUser } from "@/lib/access/target-user";
import { toHealthProfileDto } from "./mappers";
import { loadHealthProfileRow } from "./queries";
import type { HealthProfileDto, PersonalDetailsInput, UpdateHealthProfileInput } from "./schemas";

type Columns = Omit<NewHealthProfileRow, "id" | "uuid" | "userId" | "createdAt">;
type PersonalColumn = "dateOfBirth" | "age" | "gender" | "city";

/**
 * Health-profile columns any writer may set. Date of birth, age, gender and city are left out on
 * purpose: `writePersonalDetails` is their one writer, whichever door a change comes through.
 */
export type HealthColumns = Omit<Columns, PersonalColumn>;

/** The personal details plus the self-reported age, which only the health profile takes. */
export type PersonalDetails = PersonalDetailsInput & { age?: number | null };

async function upsertRow(
  q: Queryable,
  userId: number,
  set: Columns,
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

/**
 * The one writer of date of birth, self-reported age, gender and city (profile, onboarding,
 * PUT /users/:id and PUT /users/:id/health-profile all land here). Its rule: a date of birth
 * makes a self-reported age stale, so setting one clears the age; an age alone is kept.
 */
export async function writePersonalDetails(
  q: Queryable,
  userId: number,
  details: PersonalDetails,
): Promise<void> {
  const set: Columns = {};
  if (details.dateOfBirth !== undefined) set.dateOfBirth = details.dateOfBirth;
  if (details.age !== undefined) set.age = details.age;
  if (details.dateOfBirth) set.age = null;
  if (details.gender !== undefined) set.gender = details.gender;
  if (details.city !== undefined) set.city = details.city;
  if (Object.keys(set).length > 0) await upsertRow(q, userId, set);
}

/**
 * Inserts or updates the user's one health profile row with `set` (never a personal detail).
 * Onboarding: true keeps the first completion time, false clears it, undefined leaves it.
 */
export async function writeHealthColumns(
  q: Queryable,
  userId: number,
  set: HealthColumns,
  completeOnboarding?: boolean,
): Promise<void> {
  await upsertRow(q, userId, set, completeOnboarding);
}

/** Validated update input -> the non-personal columns it sets (only the fields present). */
function healthColumnsOf(input: UpdateHealthProfileInput): HealthColumns {
  const set: HealthColumns = {};
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
  if (input.emergencyContact !== undefined) set.emergencyContact = input.emergencyContact;
  return set;
}

/**
 * Applies a validated health-profile update inside the caller's transaction: personal details
 * through their one writer, the rest as columns. Creates the row when there is none.
 */
export async function applyHealthProfileUpdate(
  q: Queryable,
  userId: number,
  input: UpdateHealthProfileInput,
): Promise<void> {
  await writePersonalDetails(q, userId, {
    dateOfBirth: input.dateOfBirth,
    age: input.age,
    gender: input.gender,
    city: input.city,
  });
  await writeHealthColumns(q, userId, healthColumnsOf(input), input.onboardingCompleted);
}

/** Creates or updates the actor's own health profile with the fields given; others: not_found. */
export async function updateHealthProfile(
  actor: Actor,
  idOrMe: string,
  input: UpdateHealthProfileInput,
): Promise<HealthProfileDto> {
  const target = await resolveTargetUser(actor, idOrMe);
  const row = await translateDbErrors(() =>
    db.transaction(async (tx) => {
      await applyHealthProfileUpdate(tx, target.id, input);
      return loadHealthProfileRow(target.id, tx);
    }),
  );
  return toHealthProfileDto(row);
}
