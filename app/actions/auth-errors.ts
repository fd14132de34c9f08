import "server-only";
import { getMessages, getTranslations } from "next-intl/server";
import type { ErrorText } from "@/lib/actions/failure";
import { hiddenCharactersText } from "@/lib/actions/error-text";
import { AppError, toFieldErrors, type FieldError } from "@/lib/errors";
import { hiddenCharactersMessage } from "@/lib/validation/hidden-characters";

type Texts = Partial<Record<string, string>>;

/**
 * The error texts of the sign-in pages in the user's language. `errorText(submitted)` is the
 * ErrorText their actions hand to failure(): a field left blank gets its "required" text, a
 * confirmation that differs "passwordMismatch", any other bad field its "invalid" text; zod's own
 * English never reaches the page.
 */
export async function authErrors() {
  const [t, messages, hidden] = await Promise.all([
    getTranslations("Auth.errors"),
    getMessages(),
    hiddenCharactersText(),
  ]);
  const required = messages.Auth.errors.required as Texts;
  const invalid = messages.Auth.errors.invalid as Texts;
  const errorText =
    (submitted: Texts = {}): ErrorText =>
    ({ code, path, detail }) => {
      if (path === "email" && code === "conflict") return t("emailTaken");
      if (path === "phone" && code === "conflict") return t("phoneTaken");
      if (path && detail === hiddenCharactersMessage) return hidden;
      if (path) {
        const blank = !submitted[path]?.trim();
        if (blank && required[path]) return required[path];
        if (path === "confirmPassword") return t("passwordMismatch");
        return invalid[path] ?? t("generic");
      }
      return code === "rate_limited" ? t("rateLimited") : t("generic");
    };
  return { t, errorText };
}

/**
 * Throws the 422 for a form's zod result plus its extra checks (a confirmation typed twice), so
 * the action's one catch turns both into field messages.
 */
export function throwIfInvalid(
  issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }> | undefined,
  extra: FieldError[] = [],
): void {
  const errors = [...toFieldErrors(issues ?? []), ...extra];
  if (errors.length > 0)
    throw new AppError("validation_failed", "The input is invalid.", { errors });
}

/** The confirmation's problem: blank, or not the same as the new password. */
export function confirmProblem(password: string, confirm: string): FieldError[] {
  return confirm && confirm === password
    ? []
    : [{ path: "confirmPassword", message: confirm ? "does not match" : "is required" }];
}
