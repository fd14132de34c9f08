import "server-only";
import { isAppError, type ErrorCode } from "@/lib/errors";
import { logger } from "@/lib/log/logger";
import type { ActionResult } from "./result";

/**
 * The user-facing text for an error, in the user's language: `path` is set for a field's own
 * message, `detail` is the domain's English detail (only for choosing wording, never shown).
 */
export type ErrorText = (key: { code: ErrorCode; path?: string; detail?: string }) => string;

/**
 * A thrown error as an ActionResult: one message per field beside the field ("conditions.3" ->
 * "conditions"), one summary line, `values` handed back. Anything that is not an AppError is
 * logged and shown as the generic failure, never with its detail.
 */
export function failure(
  error: unknown,
  t: ErrorText,
  values?: ActionResult["values"],
): ActionResult {
  const back = values ? { values } : {};
  if (!isAppError(error)) {
    logger.error({ err: error }, "server action failed");
    return { ok: false, code: "internal", message: t({ code: "internal" }), ...back };
  }
  const fieldErrors: Record<string, string> = {};
  for (const e of error.errors ?? []) {
    const field = e.path.split(".")[0] || e.path;
    fieldErrors[field] ??= t({ code: error.code, path: field, detail: e.message });
  }
  return {
    ok: false,
    code: error.code,
    message: t({ code: error.code, ...(error.detail ? { detail: error.detail } : {}) }),
    ...(Object.keys(fieldErrors).length > 0 ? { fieldErrors } : {}),
    ...back,
  };
}
