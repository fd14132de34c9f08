"use client";

import {
  startTransition,
  useActionState,
  type FormEvent,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
} from "react";
import { useFormStatus } from "react-dom";
import { CircleAlert, CircleCheck, LoaderCircle } from "lucide-react";
import type { ActionResult } from "@/lib/users/action-result";
import { buttonClass, describedBy, inputClass, labelClass, type ButtonVariant } from "./styles";

export { buttonClass, describedBy, inputClass, labelClass };

export function FieldHint({ id, children }: { id: string; children?: ReactNode }) {
  return children ? (
    <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">
      {children}
    </p>
  ) : null;
}

/** The message shown beside a field, announced through the field's aria-describedby. */
export function FieldError({ id, message }: { id: string; message?: string }) {
  return message ? (
    <p id={`${id}-error`} className="mt-1 flex items-start gap-1 text-sm font-medium text-red-700">
      <CircleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
      {message}
    </p>
  ) : null;
}

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name"> {
  id: string;
  name: string;
  label: string;
  hint?: ReactNode;
  error?: string;
}

/** A labelled input with its hint and error wired for screen readers. */
export function TextField({ id, name, label, hint, error, className, ...input }: TextFieldProps) {
  return (
    <div className={className}>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <input
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={inputClass}
        {...input}
      />
      <FieldHint id={id}>{hint}</FieldHint>
      <FieldError id={id} message={error} />
    </div>
  );
}

interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "name"> {
  id: string;
  name: string;
  label: string;
  options: { value: string; label: string }[];
  hint?: ReactNode;
  error?: string;
}

export function SelectField({
  id,
  name,
  label,
  options,
  hint,
  error,
  className,
  ...select
}: SelectFieldProps) {
  return (
    <div className={className}>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <select
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={inputClass}
        {...select}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldHint id={id}>{hint}</FieldHint>
      <FieldError id={id} message={error} />
    </div>
  );
}

/** The form-level outcome: an alert for failures, a polite status for success. */
export function FormAlert({ state, success }: { state: ActionResult | null; success?: string }) {
  if (!state) return null;
  if (state.ok) {
    return success ? (
      <p
        role="status"
        className="flex items-center gap-2 rounded-lg bg-emerald-50 p-3 text-sm font-medium text-emerald-900"
      >
        <CircleCheck aria-hidden="true" className="size-4 shrink-0" />
        {success}
      </p>
    ) : null;
  }
  return (
    <p
      role="alert"
      className="flex items-start gap-2 rounded-lg bg-red-50 p-3 text-sm font-medium text-red-800"
    >
      <CircleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
      {state.message}
    </p>
  );
}

/**
 * useActionState for a form that must keep what the user typed when the server says no. React 19
 * resets uncontrolled fields after an `action` prop runs; submitting from onSubmit inside a
 * transition does not, so a rejected phone number stays on screen to be corrected. Without
 * JavaScript the `action` still posts the form. The clicked submit button's name/value is kept.
 */
export function useActionForm(
  action: (prev: ActionResult | null, form: FormData) => Promise<ActionResult>,
) {
  const [state, formAction, pending] = useActionState(action, null);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const data = new FormData(
      event.currentTarget,
      submitter instanceof HTMLButtonElement ? submitter : null,
    );
    startTransition(() => formAction(data));
  };
  return { state, pending, formProps: { action: formAction, onSubmit } };
}

/** A submit button that shows progress while its form's action runs. */
export function SubmitButton({
  children,
  pendingText,
  variant = "primary",
  name,
  value,
  className = "",
  pending: pendingProp = false,
}: {
  children: ReactNode;
  pendingText: string;
  /** Pending state from useActionForm (useFormStatus only sees `action`-prop submissions). */
  pending?: boolean;
  variant?: ButtonVariant;
  name?: string;
  value?: string;
  className?: string;
}) {
  const status = useFormStatus();
  const pending = pendingProp || status.pending;
  return (
    <button
      type="submit"
      name={name}
      value={value}
      disabled={pending}
      aria-disabled={pending}
      className={`${buttonClass(variant)} ${className}`}
    >
      {pending ? <LoaderCircle aria-hidden="true" className="size-4 animate-spin" /> : null}
      {pending ? pendingText : children}
    </button>
  );
}
