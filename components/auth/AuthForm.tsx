"use client";

import { useActionState, useEffect, useRef, type ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { CircleAlert, LoaderCircle } from "lucide-react";
import { initialAuthFormState, type AuthFormState } from "./form-state";
import { Notice } from "./Notice";

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
}

interface AuthFormProps {
  action: (state: AuthFormState, form: FormData) => Promise<AuthFormState>;
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
 * The one form of the auth pages. It posts to a server action, so it works before (and without)
 * JavaScript: the server renders the returned state. With JavaScript it shows a spinner while
 * the action runs and moves focus to the first error.
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
  const [state, formAction] = useActionState(action, initialAuthFormState);
  const formRef = useRef<HTMLFormElement>(null);
  const errors = state.fieldErrors ?? {};
  const firstInvalid = fields.find((f) => errors[f.name])?.name;

  useEffect(() => {
    if (state.status !== "error") return;
    const target = formRef.current?.querySelector<HTMLElement>(
      '[aria-invalid="true"], [data-form-banner]',
    );
    target?.focus();
  }, [state]);

  if (state.status === "success") {
    return (
      <Notice tone="success" title={successTitle} focusOnMount>
        {state.message ? <p>{state.message}</p> : null}
        {successExtra}
      </Notice>
    );
  }
  if (state.code === "invalid_link" && invalidLink) return <>{invalidLink}</>;

  const banner =
    state.status === "error" && state.message && !firstInvalid ? state.message : undefined;
  return (
    <form ref={formRef} action={formAction} noValidate className="space-y-5">
      {banner ? (
        <p
          role="alert"
          tabIndex={-1}
          data-form-banner
          autoFocus
          className="flex items-start gap-2 rounded-lg border border-red-200 bg-red-50 p-3 text-sm font-medium text-red-800"
        >
          <CircleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
          {banner}
        </p>
      ) : null}
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields.map((field) => (
        <Field
          key={field.name}
          field={field}
          error={errors[field.name]}
          defaultValue={state.values?.[field.name]}
          autoFocus={field.name === firstInvalid}
        />
      ))}
      <SubmitButton label={submitLabel} pendingLabel={pendingLabel} />
      {children}
    </form>
  );
}

function Field({
  field,
  error,
  defaultValue,
  autoFocus,
}: {
  field: AuthFieldSpec;
  error?: string;
  defaultValue?: string;
  autoFocus: boolean;
}) {
  const id = `auth-${field.name}`;
  const describedBy =
    [field.hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") ||
    undefined;
  return (
    <div>
      <div className="flex items-baseline justify-between gap-3">
        <label htmlFor={id} className="block text-sm font-medium text-slate-800">
          {field.label}
        </label>
        {field.aside}
      </div>
      <input
        id={id}
        name={field.name}
        type={field.type}
        autoComplete={field.autoComplete}
        required={field.required}
        maxLength={field.maxLength}
        inputMode={field.inputMode}
        defaultValue={field.type === "password" ? undefined : defaultValue}
        autoFocus={autoFocus}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className="mt-1 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2.5 text-base text-slate-900 focus:border-brand-600 aria-invalid:border-red-600"
      />
      {field.hint ? (
        <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">
          {field.hint}
        </p>
      ) : null}
      {error ? (
        <p
          id={`${id}-error`}
          className="mt-1 flex items-start gap-1 text-sm font-medium text-red-700"
        >
          <CircleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** The submit button; shows progress while its form's action runs. */
export function SubmitButton({
  label,
  pendingLabel,
  variant = "primary",
}: {
  label: string;
  pendingLabel: string;
  variant?: "primary" | "secondary";
}) {
  const { pending } = useFormStatus();
  const look =
    variant === "primary"
      ? "w-full bg-brand-700 text-white hover:bg-brand-800 disabled:bg-brand-700/70"
      : "border border-slate-300 bg-white text-slate-800 hover:bg-slate-50 disabled:opacity-70";
  return (
    <button
      type="submit"
      disabled={pending}
      className={`inline-flex min-h-11 items-center justify-center gap-2 rounded-lg px-4 py-2 text-sm font-semibold ${look}`}
    >
      {pending ? <LoaderCircle aria-hidden="true" className="size-4 animate-spin" /> : null}
      {pending ? pendingLabel : label}
    </button>
  );
}
