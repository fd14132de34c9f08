"use client";

import { useActionState } from "react";
import { LoaderCircle, XCircle } from "lucide-react";
import { cancelAppointmentAction } from "@/app/(patient)/appointments/actions";
import type { FormResult } from "@/components/booking/types";
import { FormAlert } from "./FormAlert";
import { buttonClass, inputClass, labelClass } from "./styles";

export interface CancelLabels {
  open: string;
  title: string;
  policy: string;
  reason: string;
  reasonHint: string;
  confirm: string;
  confirming: string;
}

/**
 * Cancel with a confirmation step: a disclosure holds the policy line, an optional reason and the
 * real "Yes, cancel" button, so one stray tap never cancels.
 */
export function CancelForm({
  appointmentId,
  labels,
}: {
  appointmentId: string;
  labels: CancelLabels;
}) {
  const [state, formAction, pending] = useActionState<FormResult | null, FormData>(
    cancelAppointmentAction,
    null,
  );
  const reasonId = `cancel-reason-${appointmentId}`;
  const error = state?.fieldErrors?.reason;
  return (
    <details className="group w-full" open={state !== null && !state.ok}>
      <summary
        className={buttonClass(
          "secondary",
          "cursor-pointer list-none text-red-800 [&::-webkit-details-marker]:hidden",
        )}
      >
        <XCircle aria-hidden="true" className="size-4" />
        {labels.open}
      </summary>
      <form
        action={formAction}
        className="mt-3 space-y-3 rounded-lg border border-red-200 bg-red-50/50 p-3"
      >
        <input type="hidden" name="id" value={appointmentId} />
        <p className="text-sm font-semibold text-slate-900">{labels.title}</p>
        <p className="text-sm text-slate-700">{labels.policy}</p>
        <FormAlert state={state} />
        <div>
          <label htmlFor={reasonId} className={labelClass}>
            {labels.reason}
          </label>
          <textarea
            id={reasonId}
            name="reason"
            rows={2}
            maxLength={500}
            aria-describedby={`${reasonId}-hint${error ? ` ${reasonId}-error` : ""}`}
            aria-invalid={error ? true : undefined}
            className={inputClass}
          />
          <p id={`${reasonId}-hint`} className="mt-1 text-xs text-slate-600">
            {labels.reasonHint}
          </p>
          {error ? (
            <p id={`${reasonId}-error`} className="mt-1 text-sm font-medium text-red-700">
              {error}
            </p>
          ) : null}
        </div>
        <button type="submit" disabled={pending} className={buttonClass("danger")}>
          {pending ? <LoaderCircle aria-hidden="true" className="size-4 animate-spin" /> : null}
          {pending ? labels.confirming : labels.confirm}
        </button>
      </form>
    </details>
  );
}
