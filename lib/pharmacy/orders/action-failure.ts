import "server-only";
import { errorTextFor } from "@/lib/actions/error-text";
import { failure } from "@/lib/actions/failure";
import type { ActionResult } from "@/lib/actions/result";

/** What the failing order action was doing: picks the wording of a 409. */
export type OrderActionKind = "cancel" | "edit" | "reorder";

/**
 * A thrown error as the action result, in the user's language (messages `Orders.errors`): a
 * field's own hint beside the field, a 409 worded for the action, generic text for the rest.
 */
export async function orderFailure(
  error: unknown,
  kind: OrderActionKind,
  values?: Record<string, string>,
): Promise<ActionResult> {
  const text = await errorTextFor("Orders.errors", ({ code, path }, t) => {
    if (code === "conflict" && !path) return t(`conflicts.${kind}`);
    // The typed address is checked field by field (addressInputSchema): each hint in the form.
    if (path && ["name", "phone", "line1", "line2", "city", "state", "pincode"].includes(path)) {
      return t("fields.deliveryAddress");
    }
    return undefined;
  });
  return failure(error, text, values);
}
