import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { resolveTargetUser } from "@/lib/access/target-user";
import { loadHealthProfileRow } from "@/lib/health-profile/queries";
import { abdmAdapter } from "./abdm";
import { toAbhaDto } from "./mappers";
import type { AbhaDto } from "./schemas";
import { loadPendingOtp } from "./verification";

/** The actor's own ABHA link. */
export async function getAbha(actor: Actor, idOrMe: string): Promise<AbhaDto> {
  const target = await resolveTargetUser(actor, idOrMe);
  return toAbhaDto(await loadHealthProfileRow(target.id));
}

/** Whether ABDM can verify links here, and the actor's OTP still waiting for its code. */
export async function getAbhaVerification(
  actor: Actor,
  idOrMe: string,
): Promise<{ available: boolean; otpPendingFor: "abhaNumber" | "abhaAddress" | null }> {
  const target = await resolveTargetUser(actor, idOrMe);
  if (abdmAdapter().kind === "unavailable") return { available: false, otpPendingFor: null };
  const pending = await loadPendingOtp(target.id);
  return {
    available: true,
    otpPendingFor: pending ? (pending.hint === "abha-number" ? "abhaNumber" : "abhaAddress") : null,
  };
}
