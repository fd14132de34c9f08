import "server-only";
import { eq } from "drizzle-orm";
import { db, type Queryable } from "@/db/client";
import { healthProfiles } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { toAbhaDto } from "./mappers";
import { loadHealthProfileRow } from "@/lib/health-profile/queries";
import { writeHealthColumns } from "@/lib/health-profile/service";
import { resolveTargetUser } from "@/lib/access/target-user";
import type { AbhaDto, LinkAbhaInput } from "./schemas";

/**
 * Links an ABHA number and/or address to the actor's own account (others: not_found), unverified.
 * Nothing here looks at other accounts: an unverified claim never blocks anyone and the answer is
 * the same whether or not someone else typed the same number (only an OTP proves ownership).
 */
export async function linkAbha(
  actor: Actor,
  idOrMe: string,
  input: LinkAbhaInput,
): Promise<AbhaDto> {
  const target = await resolveTargetUser(actor, idOrMe);
  const row = await db.transaction(async (tx) => {
    await writeAbhaLink(tx, target.id, input);
    return loadHealthProfileRow(target.id, tx);
  });
  return toAbhaDto(row);
}

/**
 * Writes the ABHA link in the caller's transaction (who may link was decided by the caller).
 * Typing in the values already linked keeps the link as it was; any change makes it unverified,
 * because the proof was for the old values.
 */
export async function writeAbhaLink(q: Queryable, userId: number, input: LinkAbhaInput) {
  const current = await loadHealthProfileRow(userId, q);
  const abhaNumber = input.abhaNumber ?? current.abhaNumber;
  const abhaAddress = input.abhaAddress ?? current.abhaAddress;
  const unchanged =
    current.abhaLinkedAt !== null &&
    abhaNumber === current.abhaNumber &&
    abhaAddress === current.abhaAddress;
  if (unchanged) return;
  await writeHealthColumns(q, userId, {
    abhaNumber,
    abhaAddress,
    abhaLinkedAt: new Date(),
    abhaVerifiedAt: null,
  });
}

/** Removes the ABHA number and address from the actor's own account; unlinking twice is fine. */
export async function unlinkAbha(actor: Actor, idOrMe: string): Promise<AbhaDto> {
  const target = await resolveTargetUser(actor, idOrMe);
  await db
    .update(healthProfiles)
    .set({
      abhaNumber: null,
      abhaAddress: null,
      abhaLinkedAt: null,
      abhaVerifiedAt: null,
      abhaOtpTxnId: null,
      abhaOtpLoginHint: null,
      abhaOtpRequestedAt: null,
    })
    .where(eq(healthProfiles.userId, target.id));
  return toAbhaDto(await loadHealthProfileRow(target.id));
}
