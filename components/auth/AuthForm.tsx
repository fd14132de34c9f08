"use client";

import { useActionState, useEffect, useRef, type ReactNode } from "react";
import { Alert } from "@/components/ui/Alert";
import { TextField } from "@/components/ui/Field";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { initialActionState, type FormAction } from "@/lib/actions/result";

export interface AuthFieldSpec {
  name: string;
  label: string;
  type: "text" | "email" | "password" | "tel";
  autoComplete: string;
  required?: boolean;
  hint?: string;
  maxLength?: number;
  inputMode?: "text" | "email" | "tel" | "numeric";
  /** Shown at the end of the label row, e.g. the "Forgot password?" link. */
  aside?: ReactNode;
  /** The value before the first submit (never for passwords). */
  defaultValue?: string;
}

interface AuthFormProps {
  action: FormAction;
  fields: AuthFieldSpec[];
  /** Hidden inputs (token, callbackUrl). */
  hidden?: Record<string, string>;
  submitLabel: string;
  pendingLabel: string;
  /** Shown instead of the form once the action succeeded; gets the action's message. */
  successTitle?: string;
  successExtra?: ReactNode;
  /** Shown instead of the form when the action reports a dead link (reset and verify pages). */
  invalidLink?: ReactNode;
  /** Under the submit button (links to other auth pages). */
  children?: ReactNode;
}

/**
 * The one form of the auth pages, drawn from field specs the page builds (labels already in the
 * user's language). It posts to a server action, so it works before (and without) JavaScript:
 * the server renders the returned state. With JavaScript it shows a spinner while the action
 * runs and moves focus to the first error.
 */
export function AuthForm(props: AuthFormProps) {
  const {
    action,
    fields,
    hidden = {},
    submitLabel,
    pendingLabel,
    successTitle,
    successExtra,
    invalidLink,
    children,
  } = props;
  const [state, formAction] = useActionState(action, initialActionState);
  const formRef = useRef<HTMLFormElement>(null);
  const errors = state?.fieldErrors ?? {};
  const firstInvalid = fields.find((f) => errors[f.name])?.name;

  useEffect(() => {
    if (!state || state.ok) return;
    const target = formRef.current?.querySelector<HTMLElement>(
      '[aria-invalid="true"], [data-form-banner]',
    );
    target?.focus();
  }, [state]);

  if (state?.ok) {
    return (
      <Alert tone="success" title={successTitle} focusOnMount>
        {state.message ? <p>{state.message}</p> : null}
        {successExtra}
      </Alert>
    );
  }
  if (state?.code === "invalid_link" && invalidLink) return <>{invalidLink}</>;

  const banner = state && state.message && !firstInvalid ? state.message : undefined;
  return (
    <form ref={formRef} action={formAction} noValidate className="space-y-5">
      {banner ? (
        <Alert
          tone="error"
          tabIndex={-1}
          autoFocus
          data-form-banner
          className="border border-red-200"
        >
          {banner}
        </Alert>
      ) : null}
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields.map((field) => (
        <TextField
          key={field.name}
          id={`auth-${field.name}`}
          name={field.name}
          label={field.label}
          hint={field.hint}
          error={errors[field.name]}
          aside={field.aside}
          type={field.type}
          autoComplete={field.autoComplete}
          required={field.required}
          maxLength={field.maxLength}
          inputMode={field.inputMode}
          defaultValue={
            field.type === "password"
              ? undefined
              : (state?.values?.[field.name] ?? field.defaultValue)
          }
          autoFocus={field.name === firstInvalid}
        />
      ))}
      <SubmitButton pendingText={pendingLabel} className="w-full">
        {submitLabel}
      </SubmitButton>
      {children}
    </form>
  );
}
