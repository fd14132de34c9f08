import type { SelectHTMLAttributes } from "react";
import { inputClass } from "./Input";

export interface SelectOption {
  value: string;
  label: string;
}

/** A native select in the app's look, from a list of options (or <option> children). */
export function Select({
  options,
  className = "",
  children,
  ...props
}: SelectHTMLAttributes<HTMLSelectElement> & { options?: readonly SelectOption[] }) {
  return (
    <select className={`${inputClass} ${className}`.trim()} {...props}>
      {options?.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
      {children}
    </select>
  );
}
