import "server-only";
import { and, eq, isNotNull, isNull } from "drizzle-orm";
import { db } from "@/db/client";
import { translateDbErrors } from "@/db/errors";
import { users } from "@/db/schema";
import { resolveTargetUser } from "@/lib/access/target-user";
import { AppError } from "@/lib/errors";
import { sendSms } from "@/lib/sms/send";
import { defer } from "@/lib/tasks/defer";
import type { Actor } from "../actor";
import { homeFor } from "../callback-url";
import { mailLocale, type AuthUserRow } from "../mappers";
import { findAuthUser } from "../queries";
import type { RequestContext } from "../request-context";
import type { TokenPair } from "../schemas";
import { limitAddress } from "../service/common";
import { accountSuspended, newTokenPair } from "../service/credentials";
import { OTP_RESEND_SECONDS, OTP_TTL_SECONDS } from "./codes";
import type {
  OtpRequestedDto,
  OtpRequestInput,
  OtpVerifyInput,
  PhoneVerificationDto,
} from "./schemas";
import { otpSmsText } from "./sms-text";
import { consumeOtp, issueOtp, resendWaitSeconds } from "./store";

export { isTooSoonForNewCode } from "./store";

export interface OtpOptions {
  /** The clock (tests move it); the server's otherwise. */
  now?: Date;
}

/** The English details the pages tell apart (they show their own words). */
export const otpMessages = {
  wrongCode: "The code is wrong or has expired. Ask for a new one.",
  noAccount: "No account uses this number yet. Sign up, then verify your number in your profile.",
  verifiedElsewhere: "This number is already verified on another SwasthAI account.",
} as const;

const requested: OtpRequestedDto = {
  message: "If this number is verified on a SwasthAI account, a code is on its way by SMS.",
  expiresInSeconds: OTP_TTL_SECONDS,
  resendAfterSeconds: OTP_RESEND_SECONDS,
};

/** The live account that verified this number, if any. Internal: does not authorize. */
const findByVerifiedPhone = (phone: string) =>
  findAuthUser(and(eq(users.phone, phone), isNotNull(users.phoneVerifiedAt))!);

/** Where the account that verified this number lands after signing in. Internal. */
export async function homeOfVerifiedPhone(phone: string): Promise<string> {
  return homeFor((await findByVerifiedPhone(phone))?.role ?? "patient");
}

/** Seconds before the sign-in page may offer a new code for the number (the same for any number). */
export const signInResendWait = (phone: string, now = new Date()) =>
  resendWaitSeconds(phone, "sign_in", now);

/**
 * `POST /auth/otp/request`: texts a sign-in code to a number a live account has verified. Every
 * well-formed number gets the same answer and the same rules (a code is stored, the 30-second and
 * hourly limits count), so nobody learns from it whether the number has an account; only the SMS
 * depends on it. A number nobody verified gets no SMS at all (texting strangers costs money and
 * annoys them), which is why a phone sign-in cannot create an account.
 */
export async function requestSignInCode(
  input: OtpRequestInput,
  ctx: RequestContext,
  options: OtpOptions = {},
): Promise<OtpRequestedDto> {
  const now = options.now ?? new Date();
  await limitAddress("otp_request_ip", ctx.ip);
  const owner = await findByVerifiedPhone(input.phone);
  const code = await issueOtp({ phone: input.phone, purpose: "sign_in", userId: null }, now);
  // After the response, so its timing does not tell numbers with an account from the rest.
  if (owner) {
    const body = otpSmsText(mailLocale(owner.locale), "sign_in", code, ctx.origin);
    defer(async () => {
      await sendSms({ to: input.phone, body, template: "otp" });
    });
  }
  return requested;
}

/**
 * Checks a sign-in code and returns the account that verified the number. Wrong, expired, spent
 * and exhausted codes are one 401; only after a right code is the caller told that no account
 * holds the number (any more) or that it is suspended.
 */
export async function authenticateWithCode(
  input: OtpVerifyInput,
  ctx: RequestContext,
  options: OtpOptions = {},
): Promise<AuthUserRow> {
  const now = options.now ?? new Date();
  await limitAddress("otp_verify_ip", ctx.ip);
  const target = { phone: input.phone, purpose: "sign_in" as const, userId: null };
  if (!(await consumeOtp(target, input.code, now)))
    throw new AppError("unauthenticated", otpMessages.wrongCode);
  const user = await findByVerifiedPhone(input.phone);
  if (!user)
    throw new AppError("not_found", otpMessages.noAccount, {
      errors: [{ path: "phone", message: otpMessages.noAccount }],
    });
  if (user.suspendedAt) throw accountSuspended();
  await db.update(users).set({ lastLoginAt: now }).where(eq(users.id, user.id));
  return user;
}

/** `POST /auth/otp/verify`: the same answer as `POST /auth/login` for a right code. */
export async function signInWithCode(
  input: OtpVerifyInput,
  ctx: RequestContext,
  options: OtpOptions = {},
): Promise<TokenPair> {
  return newTokenPair(await authenticateWithCode(input, ctx, options), ctx);
}

/**
 * `POST /users/{id}/phone/verification`: texts a code proving the signed-in user holds the number
 * (their own account only). Whether another account verified it is said only after the code.
 */
export async function requestPhoneVerification(
  actor: Actor,
  idOrMe: string,
  input: OtpRequestInput,
  ctx: RequestContext,
  options: OtpOptions = {},
): Promise<OtpRequestedDto> {
  const now = options.now ?? new Date();
  const target = await resolveTargetUser(actor, idOrMe);
  await limitAddress("otp_request_ip", ctx.ip);
  const user = (await findAuthUser(eq(users.id, target.id)))!;
  const code = await issueOtp(
    { phone: input.phone, purpose: "verify_phone", userId: target.id },
    now,
  );
  const body = otpSmsText(mailLocale(user.locale), "verify_phone", code, ctx.origin);
  await sendSms({ to: input.phone, body, template: "otp" });
  return { ...requested, message: "A code is on its way by SMS." };
}

const verifiedElsewhere = (_info: unknown, cause: unknown) =>
  new AppError("conflict", otpMessages.verifiedElsewhere, {
    errors: [{ path: "phone", message: otpMessages.verifiedElsewhere }],
    cause,
  });

/**
 * `POST /users/{id}/phone/verification/confirm`: a right code makes the number the account's
 * phone, verified. A wrong one is a 422 on `code` (the caller is signed in: not a 401); a number
 * another live account verified is a 409, told only now that the code proved it is the caller's.
 */
export async function confirmPhoneVerification(
  actor: Actor,
  idOrMe: string,
  input: OtpVerifyInput,
  options: OtpOptions = {},
): Promise<PhoneVerificationDto> {
  const now = options.now ?? new Date();
  const target = await resolveTargetUser(actor, idOrMe);
  const otp = { phone: input.phone, purpose: "verify_phone" as const, userId: target.id };
  if (!(await consumeOtp(otp, input.code, now)))
    throw new AppError("validation_failed", otpMessages.wrongCode, {
      errors: [{ path: "code", message: otpMessages.wrongCode }],
    });
  await translateDbErrors(
    () =>
      db
        .update(users)
        .set({ phone: input.phone, phoneVerifiedAt: now })
        .where(and(eq(users.id, target.id), isNull(users.deletedAt))),
    { users_verified_phone_uniq: verifiedElsewhere },
  );
  return { phone: input.phone, verified: true };
}
