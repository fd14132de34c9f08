"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/Alert";
import type { ButtonVariant } from "@/components/ui/button-styles";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { initialActionState, type FormAction } from "@/lib/actions/result";

/** One button that posts an id to a server action (Verify, Restore), with its outcome line. */
export function IdActionForm({
  action,
  id,
  label,
  accessibleLabel,
  pendingText,
  variant = "primary",
  hidden = {},
}: {
  action: FormAction;
  id: string;
  label: string;
  /** What a screen reader hears for the button ("Verify Dr. Asha Rao"). */
  accessibleLabel: string;
  pendingText: string;
  variant?: ButtonVariant;
  /** More fields to post (the list's search, to come back to it). */
  hidden?: Record<string, string>;
}) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  return (
    <form action={formAction} aria-label={accessibleLabel} className="space-y-2">
      <input type="hidden" name="id" value={id} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FormAlert state={state} />
      {state?.ok ? null : (
        <SubmitButton variant={variant} pending={pending} pendingText={pendingText}>
          {label}
        </SubmitButton>
      )}
    </form>
  );
}
