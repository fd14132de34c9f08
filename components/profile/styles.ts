/** Class names and aria helpers shared by server and client components of the profile pages. */

import type { ReactNode } from "react";

export const inputClass =
  "mt-1 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 focus:border-brand-600 aria-invalid:border-red-600 disabled:bg-slate-100";
export const labelClass = "block text-sm font-medium text-slate-800";

/** ids of the hint and error paragraphs a control points at with aria-describedby. */
export function describedBy(id: string, hint?: ReactNode, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

const buttonStyles = {
  primary: "bg-brand-700 text-white hover:bg-brand-800 disabled:bg-brand-700/70",
  secondary: "border border-slate-300 bg-white text-slate-800 hover:bg-slate-50",
  danger: "bg-red-700 text-white hover:bg-red-800 disabled:bg-red-700/70",
} as const;

export type ButtonVariant = keyof typeof buttonStyles;

export function buttonClass(variant: ButtonVariant = "primary"): string {
  return `inline-flex min-h-11 items-center justify-center gap-2 rounded-lg px-4 py-2 text-sm font-semibold ${buttonStyles[variant]}`;
}
