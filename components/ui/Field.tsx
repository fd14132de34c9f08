import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from "react";
import { CircleAlert } from "lucide-react";
import { Input } from "./Input";
import { Select, type SelectOption } from "./Select";

export const labelClass = "block text-sm font-medium text-slate-800";

/** ids of the hint and error paragraphs a control points at with aria-describedby. */
export function describedBy(id: string, hint?: ReactNode, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

/** The attributes that tie a control to its label, hint and error. */
export interface FieldControlProps {
  id: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
}

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

/**
 * A label, one control, its hint and its error. The control gets its id, aria-invalid and
 * aria-describedby from the render function, so screen readers hear the hint and the error.
 */
export function Field({
  id,
  label,
  hint,
  error,
  aside,
  className,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** Shown at the end of the label row, e.g. a "Forgot password?" link. */
  aside?: ReactNode;
  className?: string;
  children: (control: FieldControlProps) => ReactNode;
}) {
  return (
    <div className={className}>
      {aside ? (
        <div className="flex items-baseline justify-between gap-3">
          <label htmlFor={id} className={labelClass}>
            {label}
          </label>
          {aside}
        </div>
      ) : (
        <label htmlFor={id} className={labelClass}>
          {label}
        </label>
      )}
      {children({
        id,
        "aria-invalid": error ? true : undefined,
        "aria-describedby": describedBy(id, hint, error),
      })}
      <FieldHint id={id}>{hint}</FieldHint>
      <FieldError id={id} message={error} />
    </div>
  );
}

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name"> {
  id: string;
  name: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  aside?: ReactNode;
}

/** A labelled <Input> with its hint and error wired for screen readers. */
export function TextField({
  id,
  name,
  label,
  hint,
  error,
  aside,
  className,
  ...input
}: TextFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error} aside={aside} className={className}>
      {(control) => <Input name={name} {...control} {...input} />}
    </Field>
  );
}

interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "name"> {
  id: string;
  name: string;
  label: string;
  options: readonly SelectOption[];
  hint?: ReactNode;
  error?: string;
}

/** A labelled <Select> with its hint and error wired for screen readers. */
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
    <Field id={id} label={label} hint={hint} error={error} className={className}>
      {(control) => <Select name={name} options={options} {...control} {...select} />}
    </Field>
  );
}
