import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { resolveTargetUser } from "@/lib/access/target-user";
import { loadHealthProfileRow } from "@/lib/health-profile/queries";
import { toAbhaDto } from "./mappers";
import type { AbhaDto } from "./schemas";

/** The actor's own ABHA link. */
export async function getAbha(actor: Actor, idOrMe: string): Promise<AbhaDto> {
  const target = await resolveTargetUser(actor, idOrMe);
  return toAbhaDto(await loadHealthProfileRow(target.id));
}
