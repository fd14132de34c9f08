import "server-only";
import { headers } from "next/headers";
import { getMessages, getTranslations } from "next-intl/server";
import type { AuthFormState } from "@/components/auth/form-state";
import { requestContextOf } from "@/lib/auth/request-context";
import type { RequestContext } from "@/lib/auth/request-context";
import { isAppError } from "@/lib/errors";
import { logger } from "@/lib/log/logger";

/** The fields of the auth forms that can carry a message. */
export type AuthField = "fullName" | "email" | "password" | "confirmPassword" | "phone";

/** The error texts of the auth forms in the user's language. */
export async function authErrorCopy() {
  const [t, messages] = await Promise.all([getTranslations("Auth.errors"), getMessages()]);
  return {
    required: messages.Auth.errors.required as Partial<Record<AuthField, string>>,
    invalid: messages.Auth.errors.invalid as Partial<Record<AuthField, string>>,
    passwordMismatch: t("passwordMismatch"),
    emailTaken: t("emailTaken"),
    signInFailed: t("signInFailed"),
    rateLimited: t("rateLimited"),
    generic: t("generic"),
  };
}
export type AuthErrorCopy = Awaited<ReturnType<typeof authErrorCopy>>;

/** A form field as text ("" when absent or a file). */
export function formText(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

/** Where the request came from, for rate limits and the links in mails. */
export async function actionRequestContext(): Promise<RequestContext> {
  return requestContextOf({ headers: new Headers(await headers()) });
}

/**
 * One translated message per field from zod issues (or AppError.errors paths): "required" when
 * the field was left blank, else the field's "invalid" text. zod's own English text is not shown.
 */
export function fieldErrorsOf(
  paths: ReadonlyArray<{ path: ReadonlyArray<PropertyKey> | string }>,
  submitted: Partial<Record<AuthField, string>>,
  copy: AuthErrorCopy,
): Partial<Record<string, string>> {
  const errors: Partial<Record<string, string>> = {};
  for (const { path } of paths) {
    const field = (
      typeof path === "string" ? path.split(".")[0] : String(path[0] ?? "")
    ) as AuthField;
    if (errors[field]) continue;
    const blank = !submitted[field]?.trim();
    errors[field] =
      (blank ? copy.required[field] : undefined) ?? copy.invalid[field] ?? copy.generic;
  }
  return errors;
}

/** The form state for a failure: field messages beside fields, a banner for the rest. */
export function failureState(
  error: unknown,
  copy: AuthErrorCopy,
  values: AuthFormState["values"],
  submitted: Partial<Record<AuthField, string>> = {},
): AuthFormState {
  if (isAppError(error)) {
    if (error.code === "rate_limited")
      return { status: "error", code: "rate_limited", message: copy.rateLimited, values };
    if (error.code === "validation_failed" && error.errors?.length) {
      return {
        status: "error",
        code: "invalid",
        fieldErrors: fieldErrorsOf(error.errors, submitted, copy),
        values,
      };
    }
  }
  logger.error({ err: error }, "auth action failed");
  return { status: "error", code: "internal", message: copy.generic, values };
}

/** Field messages for a new password and its confirmation (blank, weak, or not matching). */
export function confirmError(
  password: string,
  confirm: string,
  copy: AuthErrorCopy,
): string | undefined {
  if (!confirm) return copy.required.confirmPassword;
  return confirm === password ? undefined : copy.passwordMismatch;
}
