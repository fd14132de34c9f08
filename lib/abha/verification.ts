import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { translateDbErrors } from "@/db/errors";
import { healthProfiles } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { resolveTargetUser } from "@/lib/access/target-user";
import { AppError } from "@/lib/errors";
import { loadHealthProfileRow } from "@/lib/health-profile/queries";
import { writeHealthColumns } from "@/lib/health-profile/service";
import { enforceRateLimit } from "@/lib/rate-limit";
import { abdmAdapter, abdmUnavailableError, type AbdmAdapter, type AbhaLoginHint } from "./abdm";
import { abdmMessages } from "./abdm/messages";
import { toAbhaDto } from "./mappers";
import type { AbhaDto, AbhaOtpSentDto, RequestAbhaOtpInput, VerifyAbhaOtpInput } from "./schemas";

/** ABDM's OTPs are valid for 10 minutes. */
export const abhaOtpTtlMs = 10 * 60 * 1000;

export interface AbdmOptions {
  /** The ABDM adapter; the one configured by the environment when left out. */
  abdm?: AbdmAdapter;
}

const otpError = (message: string) =>
  new AppError("validation_failed", message, { errors: [{ path: "otp", message }] });

/**
 * Reached only by someone who has just proved by OTP that the ABHA is theirs: the same person
 * holds it, verified, on another SwasthAI account.
 */
const verifiedElsewhere = (path: "abhaNumber" | "abhaAddress") => () =>
  new AppError("conflict", "This ABHA is already verified on another SwasthAI account.", {
    errors: [{ path, message: "is verified on another SwasthAI account; unlink it there first" }],
  });

const verifiedConflicts = {
  health_profiles_abha_number_verified_uniq: verifiedElsewhere("abhaNumber"),
  health_profiles_abha_address_verified_uniq: verifiedElsewhere("abhaAddress"),
};

function adapterOf(options: AbdmOptions): AbdmAdapter {
  const abdm = options.abdm ?? abdmAdapter();
  if (abdm.kind === "unavailable") throw abdmUnavailableError();
  return abdm;
}

/**
 * Asks ABDM to text an OTP to the mobile registered with the ABHA number or address (the actor's
 * own account only). Counted per user before ABDM is called; a new request replaces the last.
 */
export async function requestAbhaOtp(
  actor: Actor,
  idOrMe: string,
  input: RequestAbhaOtpInput,
  options: AbdmOptions = {},
): Promise<AbhaOtpSentDto> {
  const target = await resolveTargetUser(actor, idOrMe);
  const abdm = adapterOf(options);
  await enforceRateLimit("abha_otp_request", String(target.id));
  const [hint, loginId]: [AbhaLoginHint, string] = input.abhaNumber
    ? ["abha-number", input.abhaNumber]
    : ["abha-address", input.abhaAddress ?? ""];
  const sent = await abdm.requestOtp(hint, loginId);
  const requestedAt = new Date();
  await writeHealthColumns(db, target.id, {
    abhaOtpTxnId: sent.txnId,
    abhaOtpLoginHint: hint,
    abhaOtpRequestedAt: requestedAt,
  });
  return {
    sentFor: hint === "abha-number" ? "abhaNumber" : "abhaAddress",
    message: sent.message,
    expiresAt: new Date(requestedAt.getTime() + abhaOtpTtlMs).toISOString(),
  };
}

/**
 * Checks the OTP with ABDM and, when it is right, links the ABHA ABDM names as verified. Every
 * attempt is counted per user before ABDM sees it; a wrong or expired code is a 422 on `otp`.
 */
export async function verifyAbhaOtp(
  actor: Actor,
  idOrMe: string,
  input: VerifyAbhaOtpInput,
  options: AbdmOptions = {},
): Promise<AbhaDto> {
  const target = await resolveTargetUser(actor, idOrMe);
  const abdm = adapterOf(options);
  await enforceRateLimit("abha_otp_verify", String(target.id));
  const pending = await loadPendingOtp(target.id);
  if (!pending) throw otpError(abdmMessages.otpNone);
  const result = await abdm.verifyOtp(pending.hint, pending.txnId, input.otp);
  if (!result.ok) throw otpError(abdmMessages.otpWrong);

  const now = new Date();
  const row = await translateDbErrors(
    () =>
      db.transaction(async (tx) => {
        await writeHealthColumns(tx, target.id, {
          abhaNumber: result.identity.abhaNumber,
          abhaAddress: result.identity.abhaAddress,
          abhaLinkedAt: now,
          abhaVerifiedAt: now,
          abhaOtpTxnId: null,
          abhaOtpLoginHint: null,
          abhaOtpRequestedAt: null,
        });
        return loadHealthProfileRow(target.id, tx);
      }),
    verifiedConflicts,
  );
  return toAbhaDto(row);
}

/** The OTP transaction still waiting for its code, if any. Internal: no authorization. */
export async function loadPendingOtp(
  userId: number,
): Promise<{ txnId: string; hint: AbhaLoginHint; expiresAt: Date } | undefined> {
  const [row] = await db
    .select({
      txnId: healthProfiles.abhaOtpTxnId,
      hint: healthProfiles.abhaOtpLoginHint,
      requestedAt: healthProfiles.abhaOtpRequestedAt,
    })
    .from(healthProfiles)
    .where(eq(healthProfiles.userId, userId))
    .limit(1);
  if (!row?.txnId || !row.requestedAt) return undefined;
  if (row.hint !== "abha-number" && row.hint !== "abha-address") return undefined;
  const expiresAt = new Date(row.requestedAt.getTime() + abhaOtpTtlMs);
  if (expiresAt.getTime() <= Date.now()) return undefined;
  return { txnId: row.txnId, hint: row.hint, expiresAt };
}
