import "server-only";
import { errorTextFor } from "@/lib/actions/error-text";
import { failure } from "@/lib/actions/failure";
import type { ActionResult } from "@/lib/actions/result";
import { AppError, isAppError } from "@/lib/errors";

/** A typed address's errors come as `deliveryAddress.<field>`: shown beside that field. */
function withAddressFields(error: unknown): unknown {
  if (!isAppError(error) || !error.errors) return error;
  return new AppError(error.code, error.detail, {
    errors: error.errors.map((e) => ({
      ...e,
      path: e.path.replace(/^deliveryAddress\.(?=\w)/, ""),
    })),
    cause: error,
  });
}

/**
 * A failed checkout step as the action result, in the user's language (messages
 * `Checkout.errors`): address problems beside the address fields, a spent or busy form key as
 * its own line, everything else by field or code.
 */
export async function checkoutFailure(
  error: unknown,
  values?: Record<string, string>,
): Promise<ActionResult> {
  const text = await errorTextFor("Checkout.errors", ({ code, path, detail }, t) => {
    if (path === "headers" || /idempotency-key/i.test(detail ?? "")) {
      return code === "conflict" ? t("inProgress") : t("staleForm");
    }
    return undefined;
  });
  return failure(withAddressFields(error), text, values);
}
