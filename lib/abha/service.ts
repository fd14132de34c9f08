import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { healthProfiles } from "@/db/schema";
import { translateDbErrors } from "@/db/errors";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { toAbhaDto } from "@/lib/health-profile/mappers";
import { loadHealthProfileRow, upsertHealthProfile } from "@/lib/health-profile/store";
import { resolveTargetUser } from "@/lib/access/target-user";
import type { AbhaDto, LinkAbhaInput } from "./schemas";

const takenNumber = () =>
  new AppError("conflict", "This ABHA number is already linked to another account.", {
    errors: [{ path: "abhaNumber", message: "is already linked to another account" }],
  });
const takenAddress = () =>
  new AppError("conflict", "This ABHA address is already linked to another account.", {
    errors: [{ path: "abhaAddress", message: "is already linked to another account" }],
  });

/**
 * Links an ABHA number and/or address to the actor's own account (others: not_found). Relinking
 * the same value is fine; a value another account holds is a 409, enforced by the unique indexes
 * so two racing requests cannot both win.
 */
export async function linkAbha(
  actor: Actor,
  idOrMe: string,
  input: LinkAbhaInput,
): Promise<AbhaDto> {
  const target = await resolveTargetUser(actor, idOrMe);
  const row = await translateDbErrors(
    () =>
      db.transaction(async (tx) => {
        await upsertHealthProfile(tx, target.id, {
          ...(input.abhaNumber !== undefined ? { abhaNumber: input.abhaNumber } : {}),
          ...(input.abhaAddress !== undefined ? { abhaAddress: input.abhaAddress } : {}),
          abhaLinkedAt: new Date(),
        });
        return loadHealthProfileRow(target.id, tx);
      }),
    {
      health_profiles_abha_number_uniq: takenNumber,
      health_profiles_abha_address_uniq: takenAddress,
    },
  );
  return toAbhaDto(row);
}

/** Removes the ABHA number and address from the actor's own account; unlinking twice is fine. */
export async function unlinkAbha(actor: Actor, idOrMe: string): Promise<AbhaDto> {
  const target = await resolveTargetUser(actor, idOrMe);
  await db
    .update(healthProfiles)
    .set({ abhaNumber: null, abhaAddress: null, abhaLinkedAt: null })
    .where(eq(healthProfiles.userId, target.id));
  return toAbhaDto(await loadHealthProfileRow(target.id));
}

/** The actor's own ABHA link. */
export async function getAbha(actor: Actor, idOrMe: string): Promise<AbhaDto> {
  const target = await resolveTargetUser(actor, idOrMe);
  return toAbhaDto(await loadHealthProfileRow(target.id));
}
