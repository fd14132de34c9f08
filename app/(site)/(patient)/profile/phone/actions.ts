"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { authErrors, throwIfInvalid } from "@/app/actions/auth-errors";
import { actionRequestContext, actorOrThrow } from "@/lib/actions/actor";
import { failure, type ErrorText } from "@/lib/actions/failure";
import { formText } from "@/lib/actions/form-data";
import type { ActionResult, ActionState } from "@/lib/actions/result";
import { otpRequestSchema, otpVerifySchema } from "@/lib/auth/otp/schemas";
import {
  confirmPhoneVerification,
  isTooSoonForNewCode,
  otpMessages,
  requestPhoneVerification,
} from "@/lib/auth/otp/service";

/** The sign-in pages' texts, plus a wrong code in their words. */
async function phoneErrorText(submitted: Record<string, string>): Promise<ErrorText> {
  const { t, errorText } = await authErrors();
  const base = errorText(submitted);
  return (key) => (key.detail === otpMessages.wrongCode ? t("codeWrong") : base(key));
}

/** Texts a code to the number typed in; then the page asks for it. */
export async function sendPhoneCodeAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionResult> {
  const submitted = { phone: formText(form, "phone") };
  const parsed = otpRequestSchema.safeParse(submitted);
  try {
    throwIfInvalid(parsed.error?.issues);
    const actor = await actorOrThrow();
    await requestPhoneVerification(actor, "me", parsed.data!, await actionRequestContext());
  } catch (error) {
    // A code went out less than 30 s ago: the code step is where the user belongs.
    if (!isTooSoonForNewCode(error))
      return failure(error, await phoneErrorText(submitted), submitted);
  }
  redirect(`/profile/phone?${new URLSearchParams({ phone: parsed.data!.phone })}`);
}

/** Checks the code; a right one makes the number the account's verified phone. */
export async function confirmPhoneCodeAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionResult> {
  const submitted = { phone: formText(form, "phone"), code: formText(form, "code") };
  try {
    const parsed = otpVerifySchema.safeParse(submitted);
    throwIfInvalid(parsed.error?.issues);
    const actor = await actorOrThrow();
    await confirmPhoneVerification(actor, "me", parsed.data!);
  } catch (error) {
    return failure(error, await phoneErrorText(submitted), { code: submitted.code });
  }
  revalidatePath("/profile");
  redirect("/profile/phone?verified=1");
}
