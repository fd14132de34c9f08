"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/Alert";
import { Field } from "@/components/ui/Field";
import { Textarea } from "@/components/ui/Input";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { initialActionState, type FormAction } from "@/lib/actions/result";

/** The confirming form of the cancel page: an optional reason and the one real button. */
export function CancelOrderForm({
  action,
  id,
  copy,
}: {
  action: FormAction;
  id: string;
  copy: { reason: string; reasonHint: string; confirm: string; pending: string };
}) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="id" value={id} />
      <FormAlert state={state} focusOnMount />
      <Field
        id="cancel-reason"
        label={copy.reason}
        hint={copy.reasonHint}
        error={state?.fieldErrors?.reason}
      >
        {(control) => (
          <Textarea
            {...control}
            name="reason"
            rows={3}
            maxLength={500}
            defaultValue={state?.values?.reason}
          />
        )}
      </Field>
      <SubmitButton variant="danger" pending={pending} pendingText={copy.pending}>
        {copy.confirm}
      </SubmitButton>
    </form>
  );
}
