"use client";

import { FormAlert } from "@/components/ui/Alert";
import { Field } from "@/components/ui/Field";
import { Textarea } from "@/components/ui/Input";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormAction } from "@/lib/actions/result";

/** One more message on a ticket (the owner's reply, or support's answer); the action is bound to it. */
export function SupportReplyForm({
  action,
  copy,
}: {
  action: FormAction;
  copy: { label: string; send: string; sending: string };
}) {
  const { state, pending, formProps } = useActionForm(action);
  return (
    <form {...formProps} noValidate className="space-y-3">
      <FormAlert state={state} focusOnMount />
      <Field id="support-reply" label={copy.label} error={state?.fieldErrors?.body}>
        {(control) => (
          <Textarea
            name="body"
            rows={4}
            required
            maxLength={4000}
            defaultValue={state?.values?.body}
            {...control}
          />
        )}
      </Field>
      <SubmitButton pending={pending} pendingText={copy.sending}>
        {copy.send}
      </SubmitButton>
    </form>
  );
}
