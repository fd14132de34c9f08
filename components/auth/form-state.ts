/**
 * What the auth forms' server actions return. Isomorphic (types and a constant only): the client
 * forms render it, the actions in app/actions/auth.ts build it. Passwords never go back in `values`.
 */
export interface AuthFormState {
  status: "idle" | "error" | "success";
  /** Why it failed: field problems, a failed sign-in, a dead link, a limit, or anything else. */
  code?:
    "invalid" | "signin_failed" | "rate_limited" | "invalid_link" | "unauthenticated" | "internal";
  /** The banner text (error or success), already in the user's language. */
  message?: string;
  /** One message per field, shown beside it. */
  fieldErrors?: Partial<Record<string, string>>;
  /** Non-secret values to put back into the fields after a failed submit. */
  values?: Partial<Record<string, string>>;
}

export const initialAuthFormState: AuthFormState = { status: "idle" };
