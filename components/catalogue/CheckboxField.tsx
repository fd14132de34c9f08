import type { ReactNode } from "react";
import { describedBy, FieldError, FieldHint } from "@/components/ui/Field";

/** A labelled checkbox with its hint and its error beside it, wired for screen readers. */
export function CheckboxField({
  id,
  name,
  label,
  defaultChecked,
  hint,
  error,
  value,
}: {
  id: string;
  name: string;
  label: ReactNode;
  defaultChecked: boolean;
  hint?: ReactNode;
  error?: string;
  value?: string;
}) {
  return (
    <div>
      <label htmlFor={id} className="flex min-h-11 items-center gap-2 text-sm text-slate-800">
        <input
          id={id}
          type="checkbox"
          name={name}
          value={value}
          defaultChecked={defaultChecked}
          className="size-5 shrink-0 accent-brand-700"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
        />
        {label}
      </label>
      <FieldHint id={id}>{hint}</FieldHint>
      <FieldError id={id} message={error} />
    </div>
  );
}
