import "server-only";
import { getTranslations } from "next-intl/server";
import type { FormResult } from "@/components/booking/types";
import type { Actor } from "@/lib/auth/actor";
import { getActor } from "@/lib/auth/session";
import { AppError, type ErrorCode } from "@/lib/errors";
import { failure as actionFailure } from "@/lib/actions/failure";

type LooseT = { (key: string): string; has(key: string): boolean };

/** What the failing action was doing: picks the wording of a 409. */
export type ActionKind = "book" | "reschedule" | "cancel" | "outcome" | "rate";

/** Server actions are public endpoints: each one checks the session itself. */
export async function actorOrThrow(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw new AppError("unauthenticated", "Sign in again.");
  return actor;
}

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

/** A form field as a trimmed string; blank -> undefined (optional fields stay out). */
export function formText(form: FormData, name: string): string | undefined {
  const value = form.get(name);
  if (typeof value !== "string") return undefined;
  const trimmed = value.trim();
  return trimmed === "" ? undefined : trimmed;
}
