"use client";

import { useActionState } from "react";
import { XCircle } from "lucide-react";
import { FormAlert } from "@/components/ui/Alert";
import { buttonClass } from "@/components/ui/button-styles";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { initialActionState, type FormAction } from "@/lib/actions/result";
import type { Copy } from "@/lib/i18n/read-copy";

/**
 * Cancel with a confirmation step: the disclosure shows the written policy and the refund this
 * cancellation would give (worded on the server) before the real "Yes, cancel" button.
 */
export function CancelBookingForm({
  bookingId,
  refund,
  action,
  copy,
}: {
  bookingId: string;
  refund: string;
  action: FormAction;
  copy: Copy<"Lab">["cancel"];
}) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  return (
    <details className="w-full" open={state !== null && !state.ok}>
      <summary
        className={buttonClass(
          "secondary",
          "cursor-pointer list-none text-red-800 [&::-webkit-details-marker]:hidden",
        )}
      >
        <XCircle aria-hidden="true" className="size-4" />
        {copy.open}
      </summary>
      <form
        action={formAction}
        className="mt-3 space-y-3 rounded-lg border border-red-200 bg-red-50/50 p-3"
      >
        <input type="hidden" name="id" value={bookingId} />
        <p className="text-sm font-semibold text-slate-900">{copy.title}</p>
        <p className="text-sm text-slate-700">{copy.policy}</p>
        <p className="text-sm font-medium text-slate-900">{refund}</p>
        <FormAlert state={state} />
        <SubmitButton variant="danger" pending={pending} pendingText={copy.cancelling}>
          {copy.confirm}
        </SubmitButton>
      </form>
    </details>
  );
}
