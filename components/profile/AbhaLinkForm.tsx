"use client";

import type { FormAction } from "@/lib/actions/result";
import { FormAlert } from "@/components/ui/Alert";
import { TextField } from "@/components/ui/Field";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { useActionForm } from "@/components/ui/use-action-form";
import type { Copy } from "@/lib/i18n/read-copy";

/** Link by ABHA number, ABHA address, or both; errors (bad format, 409) beside the field. */
export function AbhaLinkForm({
  action,
  copy: t,
}: {
  action: FormAction;
  /** copyOf("abha").link */
  copy: Copy<"abha">["link"];
}) {
  const { state, pending, formProps } = useActionForm(action);
  const err = state?.fieldErrors ?? {};
  return (
    <form {...formProps} noValidate className="mt-4 space-y-4">
      <FormAlert state={state} success={t.linked} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id="abhaNumber"
          name="abhaNumber"
          label={t.number}
          hint={t.numberHint}
          inputMode="numeric"
          autoComplete="off"
          maxLength={20}
          placeholder="XX-XXXX-XXXX-XXXX"
          error={err.abhaNumber}
        />
        <TextField
          id="abhaAddress"
          name="abhaAddress"
          label={t.address}
          hint={t.addressHint}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          maxLength={60}
          placeholder="name@abdm"
          error={err.abhaAddress}
        />
      </div>
      <SubmitButton pending={pending} pendingText={t.submitting}>
        {t.submit}
      </SubmitButton>
    </form>
  );
}
