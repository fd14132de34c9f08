"use server";

import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AuthError } from "next-auth";
import { signIn, signOut } from "@/auth";
import { actionRequestContext } from "@/lib/actions/actor";
import { failure } from "@/lib/actions/failure";
import { formSecret, formText } from "@/lib/actions/form-data";
import type { ActionResult, ActionState } from "@/lib/actions/result";
import { defaultAfterSignIn, safeCallbackUrl } from "@/lib/auth/callback-url";
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
import { homeOfAccount } from "@/lib/auth/queries";
import { getActor } from "@/lib/auth/session";
import { isAppError, type FieldError } from "@/lib/errors";
import { logger } from "@/lib/log/logger";
import { authErrors, confirmProblem, throwIfInvalid } from "./auth-errors";

// Every export here is a public endpoint: each one validates its own input and lets the lib/auth
// function decide. Errors come back as an ActionResult in the user's language.

type AuthTexts = Awaited<ReturnType<typeof authErrors>>;

/** The banner for an Auth.js failure: never says whether the email or the password was wrong. */
function signInFailure(
  error: AuthError,
  { t }: AuthTexts,
  values: ActionResult["values"],
): ActionResult {
  if (error.type === "CredentialsSignin") {
    const code = (error as AuthError & { code?: string }).code;
    if (code === "suspended")
      return { ok: false, code: "forbidden", message: t("suspended"), values };
    return code === "rate_limited"
      ? { ok: false, code: "rate_limited", message: t("rateLimited"), values }
      : { ok: false, code: "signin_failed", message: t("signInFailed"), values };
  }
  logger.error({ err: error }, "sign-in failed");
  return { ok: false, code: "internal", message: t("generic"), values };
}

/** Email + password sign-in; on success a redirect to the (same-site) callbackUrl. */
export async function signInAction(_prev: ActionState, form: FormData): Promise<ActionResult> {
  const texts = await authErrors();
  const email = formText(form, "email");
  const password = formSecret(form, "password");
  const values = { email };
  try {
    const problems: FieldError[] = [];
    if (!email) problems.push({ path: "email", message: "is required" });
    else if (!emailSchema.safeParse(email).success)
      problems.push({ path: "email", message: "is invalid" });
    if (!password) problems.push({ path: "password", message: "is required" });
    throwIfInvalid([], problems);
  } catch (error) {
    return failure(error, texts.errorText({ email, password }), values);
  }

  const parsed = loginSchema.safeParse({ email, password });
  if (!parsed.success)
    return { ok: false, code: "signin_failed", message: texts.t("signInFailed"), values };
  const callbackUrl = safeCallbackUrl(formText(form, "callbackUrl"));
  try {
    // No redirect from Auth.js: without a callbackUrl the landing depends on the role, known
    // only now (each role goes to its own place; a redirect through a route would leave the
    // browser's address on that route).
    await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      redirect: false,
    });
  } catch (error) {
    if (error instanceof AuthError) return signInFailure(error, texts, values);
    throw error;
  }
  redirect(callbackUrl ?? (await homeOfAccount(parsed.data.email)));
}

/** Creates the account, signs the new user in and goes to onboarding; a taken email is a field error. */
export async function signUpAction(_prev: ActionState, form: FormData): Promise<ActionResult> {
  const texts = await authErrors();
  const submitted = {
    fullName: formText(form, "fullName"),
    email: formText(form, "email"),
    phone: formText(form, "phone"),
    password: formSecret(form, "password"),
    confirmPassword: formSecret(form, "confirmPassword"),
  };
  const values = { fullName: submitted.fullName, email: submitted.email, phone: submitted.phone };
  let input;
  try {
    const parsed = registerSchema.safeParse({
      fullName: submitted.fullName,
      email: submitted.email,
      password: submitted.password,
      phone: submitted.phone || undefined,
    });
    const passwordBad = parsed.error?.issues.some((i) => i.path[0] === "password");
    throwIfInvalid(
      parsed.error?.issues,
      passwordBad ? [] : confirmProblem(submitted.password, submitted.confirmPassword),
    );
    // The account keeps the language the person signed up in (their mails and texts use it).
    input = { ...parsed.data!, locale: await getLocale() };
    await createAccount(input, await actionRequestContext());
  } catch (error) {
    // A taken email is a 409 on `email`: shown beside the field.
    return failure(error, texts.errorText(submitted), values);
  }
  try {
    await signIn("credentials", {
      email: input.email,
      password: input.password,
      redirectTo: "/onboarding",
    });
  } catch (error) {
    // The account exists; if signing in right away failed (a limit), let the user sign in by hand.
    if (error instanceof AuthError)
      redirect(`/login?callbackUrl=${encodeURIComponent("/onboarding")}`);
    throw error;
  }
  return { ok: true };
}

/** Sends a reset link if the account exists; the answer is the same either way. */
export async function forgotPasswordAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionResult> {
  const texts = await authErrors();
  const email = formText(form, "email");
  let address: string;
  try {
    const parsed = forgotPasswordSchema.safeParse({ email });
    throwIfInvalid(parsed.error?.issues);
    address = parsed.data!.email;
    await forgotPassword(address, await actionRequestContext());
  } catch (error) {
    return failure(error, texts.errorText({ email }), { email });
  }
  const t = await getTranslations("Auth.forgot");
  return { ok: true, message: t("sent", { email: address }) };
}

/** Sets a new password with the mailed token; a dead token shows the "ask for a new link" panel. */
export async function resetPasswordAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionResult> {
  const texts = await authErrors();
  const token = formText(form, "token");
  const password = formSecret(form, "password");
  const submitted = { password, confirmPassword: formSecret(form, "confirmPassword") };
  const parsed = resetPasswordSchema.safeParse({ token, password });
  if (parsed.error?.issues.some((i) => i.path[0] === "token"))
    return { ok: false, code: "invalid_link" };
  try {
    const passwordBad = parsed.error?.issues.some((i) => i.path[0] === "password");
    throwIfInvalid(
      parsed.error?.issues,
      passwordBad ? [] : confirmProblem(password, submitted.confirmPassword),
    );
    await resetPassword(parsed.data!.token, parsed.data!.password);
  } catch (error) {
    // The token was well formed but spent or unknown: the same "ask for a new link" panel.
    if (isAppError(error) && error.errors?.some((e) => e.path === "token"))
      return { ok: false, code: "invalid_link" };
    return failure(error, texts.errorText(submitted));
  }
  const t = await getTranslations("Auth.reset");
  return { ok: true, message: t("success") };
}

/** Marks the email verified with the mailed token (a POST: link scanners only ever GET). */
export async function verifyEmailAction(_prev: ActionState, form: FormData): Promise<ActionResult> {
  const parsed = verifyEmailSchema.safeParse({ token: formText(form, "token") });
  if (!parsed.success) return { ok: false, code: "invalid_link" };
  try {
    await verifyEmail(parsed.data.token);
  } catch (error) {
    if (isAppError(error) && error.code === "validation_failed")
      return { ok: false, code: "invalid_link" };
    return failure(error, (await authErrors()).errorText());
  }
  const t = await getTranslations("Auth.verify");
  return { ok: true, message: t("success") };
}

/** Mails the signed-in user a new verification link. */
export async function resendVerificationAction(): Promise<ActionResult> {
  const t = await getTranslations("Auth");
  const actor = await getActor();
  if (!actor) return { ok: false, code: "unauthenticated", message: t("verify.signInToResend") };
  try {
    await resendVerificationEmail(actor, await actionRequestContext());
  } catch (error) {
    return failure(error, (await authErrors()).errorText());
  }
  return { ok: true, message: t("resend.sent") };
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
