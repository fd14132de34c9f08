"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/Alert";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { initialActionState, type ActionResult } from "@/lib/actions/result";

/** "Send a new link": mails a fresh verification link to the signed-in user. */
export function ResendVerificationForm({
  action,
  label,
  pendingLabel,
}: {
  action: () => Promise<ActionResult>;
  label: string;
  pendingLabel: string;
}) {
  const [state, formAction] = useActionState(action, initialActionState);
  return (
    <form action={formAction} className="space-y-2">
      {state?.ok ? null : (
        <SubmitButton variant="secondary" pendingText={pendingLabel}>
          {label}
        </SubmitButton>
      )}
      <FormAlert state={state} />
    </form>
  );
}
