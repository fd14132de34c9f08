import type { ReactNode } from "react";
import { Phone } from "lucide-react";

const tones = {
  primary: "bg-red-700 text-white hover:bg-red-800",
  secondary: "border-2 border-red-700 bg-white text-red-800 hover:bg-red-100",
} as const;

const sizes = {
  md: { link: "min-h-11 rounded-lg px-4 font-semibold", icon: "size-4" },
  lg: { link: "min-h-14 rounded-xl px-6 text-xl font-bold", icon: "size-6" },
} as const;

/**
 * A real tap-to-call link to an emergency number (108, 102, 112): red, large enough for a shaking
 * hand, the same everywhere the app says "call now".
 */
export function CallLink({
  number,
  tone = "primary",
  size = "md",
  label,
  className = "",
  children,
}: {
  number: "108" | "102" | "112" | "14416";
  tone?: keyof typeof tones;
  size?: keyof typeof sizes;
  /** A fuller name for screen readers ("Call 108, emergency ambulance"). */
  label?: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <a
      href={`tel:${number}`}
      aria-label={label}
      className={`inline-flex items-center justify-center gap-2 focus-visible:outline-offset-4 ${tones[tone]} ${sizes[size].link} ${className}`}
    >
      <Phone aria-hidden="true" className={sizes[size].icon} />
      {children}
    </a>
  );
}
