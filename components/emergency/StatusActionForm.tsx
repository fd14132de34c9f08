"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/Alert";
import { Input } from "@/components/ui/Input";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { initialActionState, type FormAction } from "@/lib/actions/result";

/** One move of an emergency (Acknowledge, Ambulance dispatched with its ETA, ...) as a plain form. */
export function StatusActionForm({
  action,
  id,
  status,
  label,
  accessibleLabel,
  pendingText,
  etaLabel,
  variant = "secondary",
}: {
  action: FormAction;
  id: string;
  status: string;
  label: string;
  accessibleLabel: string;
  pendingText: string;
  /** Set for the dispatch move: asks for the ETA in minutes. */
  etaLabel?: string;
  variant?: "primary" | "secondary" | "danger";
}) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  const etaId = `eta-${id}`;
  const etaError = state?.fieldErrors?.etaMinutes;
  return (
    <form
      action={formAction}
      aria-label={accessibleLabel}
      className="flex flex-wrap items-end gap-2"
    >
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="status" value={status} />
      <div className="basis-full">
        <FormAlert state={state} />
      </div>
      {etaLabel ? (
        <div>
          <label htmlFor={etaId} className="block text-sm font-medium text-slate-800">
            {etaLabel}
          </label>
          <Input
            id={etaId}
            name="etaMinutes"
            inputMode="numeric"
            defaultValue={state?.values?.etaMinutes ?? ""}
            aria-invalid={etaError ? true : undefined}
            aria-describedby={etaError ? `${etaId}-error` : undefined}
            className="w-28"
          />
          {etaError ? (
            <p id={`${etaId}-error`} className="mt-1 text-sm text-red-800">
              {etaError}
            </p>
          ) : null}
        </div>
      ) : null}
      <SubmitButton variant={variant} pending={pending} pendingText={pendingText}>
        {label}
      </SubmitButton>
    </form>
  );
}
