import "server-only";
import { errorTextFor } from "@/lib/actions/error-text";
import { failure } from "@/lib/actions/failure";
import type { ActionResult } from "@/lib/actions/result";

/** What the failing appointment action was doing: picks the wording of a 409. */
export type AppointmentActionKind =
  "book" | "reschedule" | "cancel" | "outcome" | "rate" | "answer";

/**
 * A thrown error as the action result, in the user's language (messages `Booking.errors`): a
 * field's own hint beside the field, a 409 worded for the action, generic text for the rest.
 */
export async function appointmentFailure(
  error: unknown,
  kind: AppointmentActionKind,
): Promise<ActionResult> {
  const text = await errorTextFor("Booking.errors", ({ code, path, detail }, t) => {
    // The booking form's one-time key: still working on its first submit (409), or spent on
    // another request (422), where only a fresh page helps.
    if (path === "headers" || /idempotency-key/i.test(detail ?? "")) {
      return code === "conflict" ? t("conflict.inProgress") : t("staleForm");
    }
    // A decline or a doctor's cancel without the required reason.
    if (path === "reason" && /empty/i.test(detail ?? "")) return t("fields.reasonRequired");
    // A 409 on a booking carries `time` as its field: the slot was taken, or the patient is busy then.
    if (code === "conflict") {
      return /already have/i.test(detail ?? "") ? t("conflict.ownClash") : t(`conflict.${kind}`);
    }
    return undefined;
  });
  return failure(error, text);
}
