import { CircleAlert } from "lucide-react";
import type { FormResult } from "@/components/booking/types";

/** The summary line of a failed action (field messages sit beside their fields). */
export function FormAlert({ state }: { state: FormResult | null }) {
  if (!state || state.ok || !state.message) return null;
  return (
    <p
      role="alert"
      className="flex items-start gap-2 rounded-lg bg-red-50 p-3 text-sm font-medium text-red-800"
    >
      <CircleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
      {state.message}
    </p>
  );
}
