"use client";

import { useActionState } from "react";
import { CircleAlert, CircleCheck } from "lucide-react";
import { resendVerificationAction } from "@/app/actions/auth";
import { SubmitButton } from "./AuthForm";
import { initialAuthFormState } from "./form-state";

/** "Send a new link": mails a fresh verification link to the signed-in user. */
export function ResendVerificationForm({
  label,
  pendingLabel,
}: {
  label: string;
  pendingLabel: string;
}) {
  const [state, formAction] = useActionState(resendVerificationAction, initialAuthFormState);
  return (
    <form action={formAction} className="space-y-2">
      {state.status === "success" ? (
        <p role="status" className="flex items-start gap-2 text-sm font-medium text-emerald-900">
          <CircleCheck aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
          {state.message}
        </p>
      ) : (
        <SubmitButton label={label} pendingLabel={pendingLabel} variant="secondary" />
      )}
      {state.status === "error" ? (
        <p role="alert" className="flex items-start gap-2 text-sm font-medium text-red-800">
          <CircleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
