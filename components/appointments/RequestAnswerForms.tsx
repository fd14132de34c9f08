"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/Alert";
import { buttonClass } from "@/components/ui/button-styles";
import { Field } from "@/components/ui/Field";
import { Textarea } from "@/components/ui/Input";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { initialActionState, type FormAction } from "@/lib/actions/result";
import type { Copy } from "@/lib/i18n/read-copy";

/** Its words: the page's copyOf("DoctorArea").bookings.answer. */
export type AnswerCopy = Copy<"DoctorArea">["bookings"]["answer"];

interface Props {
  appointmentId: string;
  /** The tab the card is on: the action comes back to it. */
  tab: string;
  action: FormAction;
  copy: AnswerCopy;
}

/** "Accept": one button, the request becomes confirmed. */
export function AcceptForm({ appointmentId, tab, action, copy }: Props) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="id" value={appointmentId} />
      <input type="hidden" name="tab" value={tab} />
      <FormAlert state={state} />
      <SubmitButton pending={pending} pendingText={copy.accepting}>
        {copy.accept}
      </SubmitButton>
    </form>
  );
}

/**
 * A disclosure with a required reason and the real submit button: used to decline a request and
 * to cancel a confirmed appointment (both tell the patient the reason and the next free times).
 */
export function ReasonForm({
  appointmentId,
  tab,
  action,
  copy,
  kind,
}: Props & { kind: "decline" | "cancel" }) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  const words =
    kind === "decline"
      ? { open: copy.decline, title: copy.declineTitle, hint: copy.declineHint }
      : { open: copy.cancel, title: copy.cancelTitle, hint: copy.cancelHint };
  const id = `${kind}-reason-${appointmentId}`;
  return (
    <details className="w-full" open={state !== null && !state.ok}>
      <summary
        className={buttonClass(
          "secondary",
          "cursor-pointer list-none text-red-800 [&::-webkit-details-marker]:hidden",
        )}
      >
        {words.open}
      </summary>
      <form
        action={formAction}
        className="mt-3 space-y-3 rounded-lg border border-red-200 bg-red-50/50 p-3"
      >
        <input type="hidden" name="id" value={appointmentId} />
        <input type="hidden" name="tab" value={tab} />
        <p className="text-sm font-semibold text-slate-900">{words.title}</p>
        <p className="text-sm text-slate-700">{words.hint}</p>
        <FormAlert state={state} />
        <Field
          id={id}
          label={copy.reason}
          hint={copy.reasonHint}
          error={state?.fieldErrors?.reason}
        >
          {(control) => <Textarea {...control} name="reason" rows={2} maxLength={500} required />}
        </Field>
        <SubmitButton
          variant="danger"
          pending={pending}
          pendingText={kind === "decline" ? copy.declining : copy.cancelling}
        >
          {kind === "decline" ? copy.declineConfirm : copy.cancelConfirm}
        </SubmitButton>
      </form>
    </details>
  );
}
