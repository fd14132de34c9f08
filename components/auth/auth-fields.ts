import type { AuthFieldSpec } from "./AuthForm";

/**
 * The fields more than one auth page asks for, spelled once so their limits stay in step with
 * lib/auth/schemas.ts (email at most 254 characters, passwords at most 128).
 */

/** The account's email address (sign in, sign up, forgot password). */
export function emailField(label: string): AuthFieldSpec {
  return {
    name: "email",
    label,
    type: "email",
    autoComplete: "email",
    inputMode: "email",
    required: true,
    maxLength: 254,
  };
}

/** A new password typed twice (sign up, reset password); the hint states the password rules. */
export function newPasswordFields(labels: {
  password: string;
  confirm: string;
  hint: string;
}): AuthFieldSpec[] {
  return [
    {
      name: "password",
      label: labels.password,
      type: "password",
      autoComplete: "new-password",
      required: true,
      maxLength: 128,
      hint: labels.hint,
    },
    {
      name: "confirmPassword",
      label: labels.confirm,
      type: "password",
      autoComplete: "new-password",
      required: true,
      maxLength: 128,
    },
  ];
}
