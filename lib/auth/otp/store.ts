import "server-only";
import { and, desc, eq, gt, isNull, lt, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { phoneOtps, type OtpPurpose } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { enforceRateLimit } from "@/lib/rate-limit";
import {
  hashOtpCode,
  newOtpCode,
  OTP_MAX_ATTEMPTS,
  OTP_RESEND_SECONDS,
  OTP_TTL_SECONDS,
  otpCodeMatches,
} from "./codes";

export interface OtpTarget {
  phone: string;
  purpose: OtpPurpose;
  /** verify_phone: the signed-in user proving the number; sign_in: null. */
  userId: number | null;
}

/** Seconds until a new code may be sent to the number for this purpose (0: now). */
export async function resendWaitSeconds(
  phone: string,
  purpose: OtpPurpose,
  now: Date,
  q: Pick<typeof db, "select"> = db,
): Promise<number> {
  const [last] = await q
    .select({ createdAt: phoneOtps.createdAt })
    .from(phoneOtps)
    .where(and(eq(phoneOtps.phone, phone), eq(phoneOtps.purpose, purpose)))
    .orderBy(desc(phoneOtps.createdAt))
    .limit(1);
  if (!last) return 0;
  const elapsedMs = now.getTime() - last.createdAt.getTime();
  return Math.max(0, Math.ceil(OTP_RESEND_SECONDS - elapsedMs / 1000));
}

const tooSoonDetail = "Wait 30 seconds between codes for one number.";
const tooSoon = (seconds: number) =>
  new AppError("rate_limited", tooSoonDetail, { retryAfterSeconds: seconds });

/** The refusal of a new code within 30 s of the last (not a spent hourly limit). */
export const isTooSoonForNewCode = (error: unknown) =>
  error instanceof AppError && error.code === "rate_limited" && error.detail === tooSoonDetail;

/**
 * Stores a new code for the number (older ones of the same purpose are spent) and returns it in
 * clear, for the SMS only. Serialised per number and purpose, so two parallel requests cannot both
 * pass the 30-second rule; the per-number hourly limit is counted after it (a click on "resend"
 * too early does not use up the hour) and before anything is written.
 */
export async function issueOtp(target: OtpTarget, now: Date): Promise<string> {
  const code = newOtpCode();
  await db.transaction(async (tx) => {
    await tx.execute(
      sql`select pg_advisory_xact_lock(hashtext(${`otp:${target.purpose}:${target.phone}`}))`,
    );
    const wait = await resendWaitSeconds(target.phone, target.purpose, now, tx);
    if (wait > 0) throw tooSoon(wait);
    await enforceRateLimit("otp_request_phone", target.phone);
    await tx
      .update(phoneOtps)
      .set({ consumedAt: now })
      .where(
        and(
          eq(phoneOtps.phone, target.phone),
          eq(phoneOtps.purpose, target.purpose),
          isNull(phoneOtps.consumedAt),
        ),
      );
    await tx.insert(phoneOtps).values({
      phone: target.phone,
      purpose: target.purpose,
      userId: target.userId,
      codeHash: hashOtpCode(target.phone, target.purpose, code),
      expiresAt: new Date(now.getTime() + OTP_TTL_SECONDS * 1000),
      createdAt: now,
    });
  });
  return code;
}

/**
 * Spends the number's live code if `code` is it. Every check first counts an attempt on the code
 * in one statement (`attempts < 5`), so parallel guesses get at most five comparisons in all and
 * a code that reached five is dead, right or not. The right code is then consumed by whoever gets
 * there first: of two parallel checks with it, one wins.
 */
export async function consumeOtp(target: OtpTarget, code: string, now: Date): Promise<boolean> {
  const live = db
    .select({ id: phoneOtps.id })
    .from(phoneOtps)
    .where(
      and(
        eq(phoneOtps.phone, target.phone),
        eq(phoneOtps.purpose, target.purpose),
        target.userId === null ? isNull(phoneOtps.userId) : eq(phoneOtps.userId, target.userId),
        isNull(phoneOtps.consumedAt),
        gt(phoneOtps.expiresAt, now),
      ),
    )
    .orderBy(desc(phoneOtps.createdAt))
    .limit(1);
  const [row] = await db
    .update(phoneOtps)
    .set({ attempts: sql`${phoneOtps.attempts} + 1` })
    .where(
      and(
        eq(phoneOtps.id, sql`(${live})`),
        lt(phoneOtps.attempts, OTP_MAX_ATTEMPTS),
        isNull(phoneOtps.consumedAt),
      ),
    )
    .returning({ id: phoneOtps.id, codeHash: phoneOtps.codeHash });
  if (!row || !otpCodeMatches(row.codeHash, target.phone, target.purpose, code)) return false;
  const [spent] = await db
    .update(phoneOtps)
    .set({ consumedAt: now })
    .where(and(eq(phoneOtps.id, row.id), isNull(phoneOtps.consumedAt)))
    .returning({ id: phoneOtps.id });
  return spent !== undefined;
}

/** Deletes codes past their 5 minutes (spent or not): nothing needs them, nor the numbers. */
export async function purgeExpiredOtps(now: Date): Promise<number> {
  const gone = await db
    .delete(phoneOtps)
    .where(lt(phoneOtps.expiresAt, now))
    .returning({ id: phoneOtps.id });
  return gone.length;
}
