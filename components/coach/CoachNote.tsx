import { Info } from "lucide-react";

/** The persistent "guidance, not a diagnosis" note of every coach page. */
export function CoachNote({ children }: { children: string }) {
  return (
    <p className="mt-3 flex items-start gap-2 rounded-lg border border-sky-200 bg-sky-50 p-3 text-sm text-sky-950">
      <Info aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
      {children}
    </p>
  );
}
