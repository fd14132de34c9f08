"use client";

import { FormAlert } from "@/components/ui/Alert";
import { Field, TextField } from "@/components/ui/Field";
import { Textarea } from "@/components/ui/Input";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormAction } from "@/lib/actions/result";

export interface SupportTicketFormCopy {
  subject: string;
  message: string;
  messageHint: string;
  email: string;
  send: string;
  sending: string;
}

/** "Send us a message": subject and message, plus an email for guests; typing kept on errors. */
export function SupportTicketForm({
  action,
  askEmail,
  copy,
}: {
  action: FormAction;
  /** A guest must give an address to be answered at. */
  askEmail: boolean;
  copy: SupportTicketFormCopy;
}) {
  const { state, pending, formProps } = useActionForm(action);
  const values = state?.values ?? {};
  const errors = state?.fieldErrors ?? {};
  return (
    <form {...formProps} noValidate aria-label={copy.send} className="space-y-4">
      <FormAlert state={state} focusOnMount />
      {askEmail ? (
        <TextField
          id="support-email"
          name="email"
          type="email"
          autoComplete="email"
          required
          label={copy.email}
          defaultValue={values.email}
          error={errors.email}
        />
      ) : null}
      <TextField
        id="support-subject"
        name="subject"
        required
        maxLength={200}
        label={copy.subject}
        defaultValue={values.subject}
        error={errors.subject}
      />
      <Field
        id="support-message"
        label={copy.message}
        hint={copy.messageHint}
        error={errors.message}
      >
        {(control) => (
          <Textarea
            name="message"
            rows={5}
            required
            maxLength={4000}
            defaultValue={values.message}
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
