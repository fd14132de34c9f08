import "server-only";
import { db } from "@/db/client";
import { recordAccessLog } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { resolveTargetUser } from "@/lib/access/target-user";
import { toHealthProfileDto } from "./mappers";
import type { HealthProfileDto } from "./schemas";
import { loadHealthProfileRow } from "./store";

/**
 * A health profile: the owner's own, or any for an admin (who leaves an audit entry the owner
 * sees in their access log). Everyone else gets not_found. A user without a row gets the empty
 * profile.
 */
export async function getHealthProfile(actor: Actor, idOrMe: string): Promise<HealthProfileDto> {
  const target = await resolveTargetUser(actor, idOrMe, { admins: true });
  if (target.via !== "self") {
    // Reading another person's health data is audited in the same request, before the read.
    await db.insert(recordAccessLog).values({
      ownerId: target.id,
      accessedBy: actor.userId,
      recordTitle: "Health profile",
      action: "view",
      reason: target.via,
    });
  }
  return toHealthProfileDto(await loadHealthProfileRow(target.id));
}
