import type { ErrorCode } from "@/lib/errors";

/**
 * Why an action failed: an AppError code, or one of the two outcomes only the sign-in pages have
 * (a failed sign-in that must not say which half was wrong, a spent or forged emailed link).
 */
export type ActionCode = ErrorCode | "signin_failed" | "invalid_link";

/**
 * What every server action returns (conventions: `{ ok, code, message, fieldErrors }`). Isomorphic:
 * the client forms render it. Texts are already in the user's language; `values` puts non-secret
 * input back into the fields after a failed submit (never passwords).
 */
export interface ActionResult {
  ok: boolean;
  code?: ActionCode;
  /** The summary line (error or success). */
  message?: string;
  /** One message per field, shown beside it. */
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
}

/** A form's state before its first submit is `null`; after it, the action's last answer. */
export type ActionState = ActionResult | null;

export const initialActionState: ActionState = null;

/** The signature `useActionState` wants: client components take one of these as a prop. */
export type FormAction = (prev: ActionState, form: FormData) => Promise<ActionResult>;
