/** The button look of the whole app, for <button>s and for links that look like buttons. */

const variants = {
  // A busy (pending) button keeps its colour; one that is merely unavailable greys out.
  primary:
    "bg-brand-700 text-white hover:bg-brand-800 disabled:cursor-not-allowed disabled:bg-slate-300 disabled:text-slate-600 aria-busy:cursor-wait aria-busy:bg-brand-700/70 aria-busy:text-white",
  secondary:
    "border border-slate-300 bg-white text-slate-800 hover:bg-slate-50 disabled:cursor-not-allowed disabled:text-slate-400 aria-busy:cursor-wait aria-busy:text-slate-800",
  danger:
    "bg-red-700 text-white hover:bg-red-800 disabled:cursor-not-allowed disabled:bg-red-700/70 aria-busy:cursor-wait",
  ghost: "text-brand-800 hover:bg-brand-50",
} as const;

export type ButtonVariant = keyof typeof variants;

export function buttonClass(variant: ButtonVariant = "primary", extra = ""): string {
  return `inline-flex min-h-11 items-center justify-center gap-2 rounded-lg px-4 py-2 text-sm font-semibold ${variants[variant]} ${extra}`.trim();
}
