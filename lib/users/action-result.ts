import "server-only";
import { isAppError, type ErrorCode } from "@/lib/errors";
import { logger } from "@/lib/log/logger";

/** What every server action of these pages returns; the form shows `fieldErrors` beside fields. */
export interface ActionResult {
  ok: boolean;
  code?: ErrorCode;
  message?: string;
  fieldErrors?: Record<string, string>;
}

/**
 * Turns a thrown error into an ActionResult. `translate(code, path?)` gives the user-facing text
 * in their language (a field's own hint for validation errors); unknown errors are logged and
 * shown as a generic failure, never with their detail.
 */
export function actionFailure(
  error: unknown,
  translate: (key: { code: ErrorCode; path?: string; detail?: string }) => string,
): ActionResult {
  if (!isAppError(error)) {
    logger.error({ err: error }, "server action failed");
    return { ok: false, code: "internal", message: translate({ code: "internal" }) };
  }
  const fieldErrors: Record<string, string> = {};
  for (const e of error.errors ?? []) {
    // "conditions.3" -> "conditions": the form shows one message per field.
    const field = e.path.split(".")[0] ?? e.path;
    fieldErrors[field] ??= translate({ code: error.code, path: field, detail: e.message });
  }
  return {
    ok: false,
    code: error.code,
    message: translate({ code: error.code, ...(error.detail ? { detail: error.detail } : {}) }),
    ...(Object.keys(fieldErrors).length > 0 ? { fieldErrors } : {}),
  };
}
