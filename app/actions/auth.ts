"use server";

import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AuthError } from "next-auth";
import { signIn, signOut } from "@/auth";
import {
  actionRequestContext,
  authErrorCopy,
  confirmError,
  failureState,
  fieldErrorsOf,
  formText,
  type AuthErrorCopy,
} from "@/app/(auth)/action-helpers";
import { defaultAfterSignIn, safeCallbackUrl } from "@/components/auth/callback-url";
import type { AuthFormState } from "@/components/auth/form-state";
import { oauthProviders } from "@/lib/auth/config";
import {
  emailSchema,
  forgotPasswordSchema,
  loginSchema,
  registerSchema,
  resetPasswordSchema,
  verifyEmailSchema,
} from "@/lib/auth/schemas";
import { createAccount, signOutEverywhere } from "@/lib/auth/service/credentials";
import { forgotPassword, resetPassword } from "@/lib/auth/service/reset";
import { resendVerificationEmail, verifyEmail } from "@/lib/auth/service/verification";
import { getActor } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { logger } from "@/lib/log/logger";

// Every export here is a public endpoint: each one validates its own input and lets the lib/auth
// function decide. Errors come back as AuthFormState in the user's language.

/** The banner for an Auth.js failure: never says whether the email or the password was wrong. */
function signInFailure(
  error: AuthError,
  copy: AuthErrorCopy,
  values: AuthFormState["values"],
): AuthFormState {
  if (error.type === "CredentialsSignin") {
    const rateLimited = (error as AuthError & { code?: string }).code === "rate_limited";
    return rateLimited
      ? { status: "error", code: "rate_limited", message: copy.rateLimited, values }
      : { status: "error", code: "signin_failed", message: copy.signInFailed, values };
  }
  logger.error({ err: error }, "sign-in failed");
  return { status: "error", code: "internal", message: copy.generic, values };
}

/** Email + password sign-in; on success a redirect to the (same-site) callbackUrl. */
export async function signInAction(_prev: AuthFormState, form: FormData): Promise<AuthFormState> {
  const copy = await authErrorCopy();
  const email = formText(form, "email");
  const password = formText(form, "password");
  const values = { email };
  const fieldErrors: Partial<Record<string, string>> = {};
  if (!email.trim()) fieldErrors.email = copy.required.email;
  else if (!emailSchema.safeParse(email).success) fieldErrors.email = copy.invalid.email;
  if (!password) fieldErrors.password = copy.required.password;
  if (Object.keys(fieldErrors).length > 0)
    return { status: "error", code: "invalid", fieldErrors, values };

  const parsed = loginSchema.safeParse({ email, password });
  if (!parsed.success)
    return { status: "error", code: "signin_failed", message: copy.signInFailed, values };
  const redirectTo = safeCallbackUrl(formText(form, "callbackUrl")) ?? defaultAfterSignIn;
  try {
    await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo,
    });
  } catch (error) {
    if (error instanceof AuthError) return signInFailure(error, copy, values);
    throw error; // the redirect
  }
  return { status: "idle" };
}

/** Creates the account, signs the new user in and goes to onboarding; a taken email is a field error. */
export async function signUpAction(_prev: AuthFormState, form: FormData): Promise<AuthFormState> {
  const copy = await authErrorCopy();
  const submitted = {
    fullName: formText(form, "fullName"),
    email: formText(form, "email"),
    phone: formText(form, "phone"),
    password: formText(form, "password"),
    confirmPassword: formText(form, "confirmPassword"),
  };
  const values = { fullName: submitted.fullName, email: submitted.email, phone: submitted.phone };
  const parsed = registerSchema.safeParse({
    fullName: submitted.fullName,
    email: submitted.email,
    password: submitted.password,
    phone: submitted.phone.trim() ? submitted.phone : undefined,
  });
  const fieldErrors = parsed.success ? {} : fieldErrorsOf(parsed.error.issues, submitted, copy);
  const mismatch = confirmError(submitted.password, submitted.confirmPassword, copy);
  if (mismatch && !fieldErrors.password) fieldErrors.confirmPassword = mismatch;
  if (!parsed.success || fieldErrors.confirmPassword)
    return { status: "error", code: "invalid", fieldErrors, values };

  try {
    await createAccount(parsed.data, await actionRequestContext());
  } catch (error) {
    if (isAppError(error) && error.code === "conflict") {
      return { status: "error", code: "invalid", fieldErrors: { email: copy.emailTaken }, values };
    }
    return failureState(error, copy, values, submitted);
  }
  try {
    await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: "/onboarding",
    });
  } catch (error) {
    // The account exists; if signing in right away failed (a limit), let the user sign in by hand.
    if (error instanceof AuthError)
      redirect(`/login?callbackUrl=${encodeURIComponent("/onboarding")}`);
    throw error;
  }
  return { status: "idle" };
}

/** Sends a reset link if the account exists; the answer is the same either way. */
export async function forgotPasswordAction(
  _prev: AuthFormState,
  form: FormData,
): Promise<AuthFormState> {
  const copy = await authErrorCopy();
  const email = formText(form, "email");
  const parsed = forgotPasswordSchema.safeParse({ email });
  if (!parsed.success)
    return {
      status: "error",
      code: "invalid",
      fieldErrors: fieldErrorsOf(parsed.error.issues, { email }, copy),
      values: { email },
    };
  try {
    await forgotPassword(parsed.data.email, await actionRequestContext());
  } catch (error) {
    return failureState(error, copy, { email });
  }
  const t = await getTranslations("Auth.forgot");
  return { status: "success", message: t("sent", { email: parsed.data.email }) };
}

/** Sets a new password with the mailed token; a dead token shows the "ask for a new link" panel. */
export async function resetPasswordAction(
  _prev: AuthFormState,
  form: FormData,
): Promise<AuthFormState> {
  const copy = await authErrorCopy();
  const token = formText(form, "token");
  const password = formText(form, "password");
  const submitted = { password, confirmPassword: formText(form, "confirmPassword") };
  const parsed = resetPasswordSchema.safeParse({ token, password });
  const tokenBad = parsed.error?.issues.some((i) => i.path[0] === "token");
  if (tokenBad) return { status: "error", code: "invalid_link" };
  const fieldErrors = parsed.success ? {} : fieldErrorsOf(parsed.error.issues, submitted, copy);
  const mismatch = confirmError(password, submitted.confirmPassword, copy);
  if (mismatch && !fieldErrors.password) fieldErrors.confirmPassword = mismatch;
  if (!parsed.success || fieldErrors.confirmPassword)
    return { status: "error", code: "invalid", fieldErrors };
  try {
    await resetPassword(parsed.data.token, parsed.data.password);
  } catch (error) {
    if (isAppError(error) && error.code === "validation_failed")
      return { status: "error", code: "invalid_link" };
    return failureState(error, copy, {});
  }
  const t = await getTranslations("Auth.reset");
  return { status: "success", message: t("success") };
}

/** Marks the email verified with the mailed token (a POST: link scanners only ever GET). */
export async function verifyEmailAction(
  _prev: AuthFormState,
  form: FormData,
): Promise<AuthFormState> {
  const parsed = verifyEmailSchema.safeParse({ token: formText(form, "token") });
  if (!parsed.success) return { status: "error", code: "invalid_link" };
  try {
    await verifyEmail(parsed.data.token);
  } catch (error) {
    if (isAppError(error) && error.code === "validation_failed")
      return { status: "error", code: "invalid_link" };
    return failureState(error, await authErrorCopy(), {});
  }
  const t = await getTranslations("Auth.verify");
  return { status: "success", message: t("success") };
}

/** Mails the signed-in user a new verification link. */
export async function resendVerificationAction(): Promise<AuthFormState> {
  const t = await getTranslations("Auth");
  const actor = await getActor();
  if (!actor)
    return { status: "error", code: "unauthenticated", message: t("verify.signInToResend") };
  try {
    await resendVerificationEmail(actor, await actionRequestContext());
  } catch (error) {
    return failureState(error, await authErrorCopy(), {});
  }
  return { status: "success", message: t("resend.sent") };
}

/** Starts an OAuth sign-in with an enabled provider. */
export async function oauthSignInAction(form: FormData): Promise<void> {
  const provider = formText(form, "provider");
  if (provider !== "google" && provider !== "github") redirect("/login");
  if (!oauthProviders[provider]) redirect("/login");
  const redirectTo = safeCallbackUrl(formText(form, "callbackUrl")) ?? defaultAfterSignIn;
  await signIn(provider, { redirectTo });
}

/** Ends this browser's session and goes home. */
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}

/** Ends every session of the signed-in user (all browsers, apps and API tokens), then this one. */
export async function signOutEverywhereAction(): Promise<void> {
  const actor = await getActor();
  if (actor) await signOutEverywhere(actor.userId);
  await signOut({ redirectTo: "/" });
}
