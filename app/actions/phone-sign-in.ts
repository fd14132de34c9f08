"use server";

import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { signIn } from "@/auth";
import { actionRequestContext } from "@/lib/actions/actor";
import { failure } from "@/lib/actions/failure";
import { formText } from "@/lib/actions/form-data";
import type { ActionResult, ActionState } from "@/lib/actions/result";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { otpRequestSchema, otpVerifySchema } from "@/lib/auth/otp/schemas";
import {
  homeOfVerifiedPhone,
  isTooSoonForNewCode,
  requestSignInCode,
} from "@/lib/auth/otp/service";
import { isAppError } from "@/lib/errors";
import { logger } from "@/lib/log/logger";
import { authErrors, throwIfInvalid } from "./auth-errors";

// Public endpoints like app/actions/auth.ts: each validates its input and lets lib/auth decide.

/** The code page of a number, keeping the asked-for destination. */
function codePage(phone: string, callbackUrl: string | null, extra = ""): string {
  const query = new URLSearchParams({ phone });
  if (callbackUrl) query.set("callbackUrl", callbackUrl);
  return `/login/phone/code?${query}${extra}`;
}

/** "Send code": the same next page for every well-formed number (the SMS alone differs). */
export async function requestPhoneCodeAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionResult> {
  const texts = await authErrors();
  const submitted = { phone: formText(form, "phone") };
  const parsed = otpRequestSchema.safeParse(submitted);
  try {
    throwIfInvalid(parsed.error?.issues);
    await requestSignInCode(parsed.data!, await actionRequestContext());
  } catch (error) {
    // Asked again within 30 s: the code page already says when a new one may be sent.
    if (!isTooSoonForNewCode(error)) return failure(error, texts.errorText(submitted), submitted);
  }
  redirect(codePage(parsed.data!.phone, safeCallbackUrl(formText(form, "callbackUrl"))));
}

/** "Resend code": a plain post back to the code page, which shows the new wait. */
export async function resendPhoneCodeAction(form: FormData): Promise<void> {
  const parsed = otpRequestSchema.safeParse({ phone: formText(form, "phone") });
  const callbackUrl = safeCallbackUrl(formText(form, "callbackUrl"));
  if (!parsed.success) redirect("/login/phone");
  let outcome = "&resent=1";
  try {
    await requestSignInCode(parsed.data, await actionRequestContext());
  } catch (error) {
    if (!isAppError(error) || error.code !== "rate_limited") throw error;
    outcome = isTooSoonForNewCode(error) ? "" : "&limited=1";
  }
  redirect(codePage(parsed.data.phone, callbackUrl, outcome));
}

/** Signs in with the texted code through Auth.js's "phone-otp" provider; errors beside the code. */
export async function phoneSignInAction(_prev: ActionState, form: FormData): Promise<ActionResult> {
  const texts = await authErrors();
  const submitted = { phone: formText(form, "phone"), code: formText(form, "code") };
  const values = { code: submitted.code };
  const parsed = otpVerifySchema.safeParse(submitted);
  try {
    throwIfInvalid(parsed.error?.issues);
  } catch (error) {
    return failure(error, texts.errorText(submitted), values);
  }
  const { phone, code } = parsed.data!;
  try {
    await signIn("phone-otp", { phone, code, redirect: false });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    return codeFailure(error, texts.t, values);
  }
  redirect(safeCallbackUrl(formText(form, "callbackUrl")) ?? (await homeOfVerifiedPhone(phone)));
}

type AuthErrorsT = Awaited<ReturnType<typeof authErrors>>["t"];

function codeFailure(error: AuthError, t: AuthErrorsT, values: ActionResult["values"]) {
  if (error.type !== "CredentialsSignin") {
    logger.error({ err: error }, "phone sign-in failed");
    return { ok: false, code: "internal", message: t("generic"), values } satisfies ActionResult;
  }
  const code = (error as AuthError & { code?: string }).code;
  if (code === "suspended")
    return { ok: false, code: "forbidden", message: t("suspended") } as const;
  if (code === "rate_limited")
    return { ok: false, code: "rate_limited", message: t("rateLimited"), values } as const;
  if (code === "no_account")
    return { ok: false, code: "not_found", message: t("noAccountForPhone") } as const;
  const wrong = t("codeWrong");
  return {
    ok: false,
    code: "signin_failed",
    message: wrong,
    fieldErrors: { code: wrong },
  } satisfies ActionResult;
}
