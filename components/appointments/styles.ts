/** Class names shared by the booking, appointment and doctor-profile components (server and client). */

const buttonStyles = {
  primary:
    "bg-brand-700 text-white hover:bg-brand-800 disabled:cursor-not-allowed disabled:bg-slate-300 disabled:text-slate-600",
  secondary:
    "border border-slate-300 bg-white text-slate-800 hover:bg-slate-50 disabled:cursor-not-allowed disabled:text-slate-400",
  danger: "bg-red-700 text-white hover:bg-red-800 disabled:bg-red-700/70",
  ghost: "text-brand-800 hover:bg-brand-50",
} as const;

export type ButtonVariant = keyof typeof buttonStyles;

export function buttonClass(variant: ButtonVariant = "primary", extra = ""): string {
  return `inline-flex min-h-11 items-center justify-center gap-2 rounded-lg px-4 py-2 text-sm font-semibold ${buttonStyles[variant]} ${extra}`.trim();
}

export const cardClass = "rounded-xl border border-slate-200 bg-white p-4 shadow-sm";
export const inputClass =
  "mt-1 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 focus:border-brand-600 aria-invalid:border-red-600";
export const labelClass = "block text-sm font-medium text-slate-800";

/** Names are stored without the title; tolerate one that already has it. */
export const bareName = (name: string) => name.replace(/^dr\.?\s+/i, "");
