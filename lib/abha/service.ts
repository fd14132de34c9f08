import "server-only";
import { eq } from "drizzle-orm";
import { db, type Queryable } from "@/db/client";
import { healthProfiles } from "@/db/schema";
import { translateDbErrors } from "@/db/errors";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { toAbhaDto } from "./mappers";
import { loadHealthProfileRow } from "@/lib/health-profile/queries";
import { writeHealthColumns } from "@/lib/health-profile/service";
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
        await writeAbhaLink(tx, target.id, input);
        return loadHealthProfileRow(target.id, tx);
      }),
    abhaConflicts,
  );
  return toAbhaDto(row);
}

/** A taken number or address is the other account's: 409 on the field, whichever request won. */
export const abhaConflicts = {
  health_profiles_abha_number_uniq: takenNumber,
  health_profiles_abha_address_uniq: takenAddress,
};

/**
 * Writes the ABHA link in the caller's transaction (who may link was decided by the caller; wrap
 * the transaction in `translateDbErrors(..., abhaConflicts)`).
 */
export async function writeAbhaLink(q: Queryable, userId: number, input: LinkAbhaInput) {
  await writeHealthColumns(q, userId, {
    ...(input.abhaNumber !== undefined ? { abhaNumber: input.abhaNumber } : {}),
    ...(input.abhaAddress !== undefined ? { abhaAddress: input.abhaAddress } : {}),
    abhaLinkedAt: new Date(),
  });
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
