"use client";

import { useActionState } from "react";
import { XCircle } from "lucide-react";
import { FormAlert } from "@/components/ui/Alert";
import { buttonClass } from "@/components/ui/button-styles";
import { Field } from "@/components/ui/Field";
import { Textarea } from "@/components/ui/Input";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { initialActionState, type FormAction } from "@/lib/actions/result";
import type { Copy } from "@/lib/i18n/read-copy";

/** Its words: the page's copyOf("Appointments").actions. */
export type CancelCopy = Copy<"Appointments">["actions"];

/**
 * Cancel with a confirmation step: a disclosure holds the policy line, an optional reason and the
 * real "Yes, cancel" button, so one stray tap never cancels.
 */
export function CancelForm({
  appointmentId,
  action,
  copy,
  refundNote,
}: {
  appointmentId: string;
  action: FormAction;
  copy: CancelCopy;
  /** What cancelling now would refund and the written refund policy (fees paid online). */
  refundNote?: string[];
}) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  return (
    <details className="group w-full" open={state !== null && !state.ok}>
      <summary
        className={buttonClass(
          "secondary",
          "cursor-pointer list-none text-red-800 [&::-webkit-details-marker]:hidden",
        )}
      >
        <XCircle aria-hidden="true" className="size-4" />
        {copy.cancel}
      </summary>
      <form
        action={formAction}
        className="mt-3 space-y-3 rounded-lg border border-red-200 bg-red-50/50 p-3"
      >
        <input type="hidden" name="id" value={appointmentId} />
        <p className="text-sm font-semibold text-slate-900">{copy.cancelTitle}</p>
        <p className="text-sm text-slate-700">{copy.cancelPolicy}</p>
        {refundNote?.map((line) => (
          <p key={line} className="text-sm text-slate-700">
            {line}
          </p>
        ))}
        <FormAlert state={state} />
        <Field
          id={`cancel-reason-${appointmentId}`}
          label={copy.cancelReason}
          hint={copy.cancelReasonHint}
          error={state?.fieldErrors?.reason}
        >
          {(control) => <Textarea {...control} name="reason" rows={2} maxLength={500} />}
        </Field>
        <SubmitButton variant="danger" pending={pending} pendingText={copy.cancelling}>
          {copy.cancelConfirm}
        </SubmitButton>
      </form>
    </details>
  );
}
