import "server-only";
import { eq } from "drizzle-orm";
import { db, type Queryable } from "@/db/client";
import { healthProfiles } from "@/db/schema";
import { auditRead, type Door } from "@/lib/access/read-audit";
import type { Actor } from "@/lib/auth/actor";
import { resolveTargetUser } from "@/lib/access/target-user";
import { emptyHealthProfileRow, toHealthProfileDto, type HealthProfileRow } from "./mappers";
import type { HealthProfileDto } from "./schemas";

const healthProfileColumns = {
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
  abhaVerifiedAt: healthProfiles.abhaVerifiedAt,
  onboardingCompletedAt: healthProfiles.onboardingCompletedAt,
  updatedAt: healthProfiles.updatedAt,
};

/** The user's health profile row, or the empty profile when there is none yet. Internal: no authorization. */
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

/**
 * A health profile: the owner's own, or any for an admin (who leaves an audit entry the owner
 * sees in their access log). Everyone else gets not_found. A user without a row gets the empty
 * profile.
 */
export async function getHealthProfile(
  actor: Actor,
  idOrMe: string,
  options: { door?: Door } = {},
): Promise<HealthProfileDto> {
  const target = await resolveTargetUser(actor, idOrMe, { admins: true });
  if (target.via !== "self") {
    await auditRead({
      ownerId: target.id,
      readerId: actor.userId,
      title: "Health profile",
      action: "view",
      door: options.door ?? "page",
      reason: target.via,
    });
  }
  return toHealthProfileDto(await loadHealthProfileRow(target.id));
}
