import { HeartPulse } from "lucide-react";

/** The word mark; decorative icon, the text is the accessible name. */
export function Logo({ className = "" }: { className?: string }) {
  return (
    <span
      className={`inline-flex items-center gap-1.5 text-lg font-bold tracking-tight text-brand-800 ${className}`}
    >
      <span className="grid size-8 place-items-center rounded-lg bg-brand-700 text-white">
        <HeartPulse aria-hidden="true" className="size-5" />
      </span>
      <span lang="en">
        Swasth<span className="text-brand-700">AI</span>
      </span>
    </span>
  );
}
