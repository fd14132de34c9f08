import "server-only";
import { getTranslations } from "next-intl/server";
import type { FormResult } from "@/components/booking/types";
import type { ErrorCode } from "@/lib/errors";
import { failure as actionFailure } from "@/lib/actions/failure";

type LooseT = { (key: string): string; has(key: string): boolean };

/** What the failing action was doing: picks the wording of a 409. */
export type ActionKind = "book" | "reschedule" | "cancel" | "outcome" | "rate";

// Moved to lib/actions; these re-exports keep the appointment actions building until they
// import from there (then this file goes).
export { actorOrThrow } from "@/lib/actions/actor";
export { formOptionalText as formText } from "@/lib/actions/form-data";

/**
 * A thrown error as `{ ok: false, code, message, fieldErrors }` in the user's language: a
 * field's own hint beside the field, a 409 worded for the action, generic text for the rest.
 */
export async function failure(error: unknown, kind: ActionKind): Promise<FormResult> {
  const t = (await getTranslations("Booking.errors")) as unknown as LooseT;
  return actionFailure(
    error,
    ({ code, path, detail }: { code: ErrorCode; path?: string; detail?: string }) => {
      // A 409 on a booking carries `time` as its field: the slot was taken, or the patient is busy then.
      // The form's one-time key: still working on its first submit (409), or spent on another
      // request (422), where only a fresh page helps.
      if (path === "headers" || /idempotency-key/i.test(detail ?? ""))
        return code === "conflict" ? t("conflict.inProgress") : t("staleForm");
      if (code === "conflict")
        return /already have/i.test(detail ?? "") ? t("conflict.ownClash") : t(`conflict.${kind}`);
      if (path && t.has(`fields.${path}`)) return t(`fields.${path}`);
      return t.has(`codes.${code}`) ? t(`codes.${code}`) : t("codes.internal");
    },
  );
}
