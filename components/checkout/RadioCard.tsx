import type { ReactNode } from "react";

/** One choice of a radio group in the app's card look. */
export function RadioCard({
  name,
  value,
  defaultChecked,
  form,
  children,
}: {
  name: string;
  value: string;
  defaultChecked?: boolean;
  /** The id of the form the radio belongs to, when it sits outside it. */
  form?: string;
  children: ReactNode;
}) {
  return (
    <label className="flex min-h-11 cursor-pointer items-start gap-3 rounded-lg border border-slate-300 bg-white px-4 py-3 text-sm text-slate-800 has-checked:border-brand-700 has-checked:bg-brand-50">
      <input
        type="radio"
        name={name}
        value={value}
        defaultChecked={defaultChecked}
        form={form}
        className="mt-0.5 size-4 shrink-0 accent-brand-700"
      />
      <span className="min-w-0">{children}</span>
    </label>
  );
}
