import "server-only";
import { db } from "@/db/client";
import { translateDbErrors } from "@/db/errors";
import type { Actor } from "@/lib/auth/actor";
import { resolveTargetUser } from "@/lib/access/target-user";
import { toHealthProfileDto } from "./mappers";
import type { HealthProfileDto, UpdateHealthProfileInput } from "./schemas";
import { columnsOf, loadHealthProfileRow, upsertHealthProfile } from "./store";

/** Creates or updates the actor's own health profile with the fields given; others: not_found. */
export async function updateHealthProfile(
  actor: Actor,
  idOrMe: string,
  input: UpdateHealthProfileInput,
): Promise<HealthProfileDto> {
  const target = await resolveTargetUser(actor, idOrMe);
  const { set, completeOnboarding } = columnsOf(input);
  const row = await translateDbErrors(() =>
    db.transaction(async (tx) => {
      await upsertHealthProfile(tx, target.id, set, completeOnboarding);
      return loadHealthProfileRow(target.id, tx);
    }),
  );
  return toHealthProfileDto(row);
}
