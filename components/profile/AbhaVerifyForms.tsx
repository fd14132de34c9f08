"use client";

import type { FormAction } from "@/lib/actions/result";
import { FormAlert } from "@/components/ui/Alert";
import { TextField } from "@/components/ui/Field";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { useActionForm } from "@/components/ui/use-action-form";
import type { Copy } from "@/lib/i18n/read-copy";

type VerifyCopy = Copy<"abha">["verify"];

/** Step 1: the ABHA number or address to prove; ABDM texts a code to its registered mobile. */
export function AbhaOtpRequestForm({
  action,
  defaultId,
  copy: t,
}: {
  action: FormAction;
  defaultId: string;
  /** copyOf("abha").verify */
  copy: VerifyCopy;
}) {
  const { state, pending, formProps } = useActionForm(action);
  const err = state?.fieldErrors ?? {};
  return (
    <form {...formProps} noValidate className="mt-4 space-y-4">
      <FormAlert state={state} success={t.sent} />
      <TextField
        id="abhaId"
        name="abhaId"
        label={t.id}
        hint={t.idHint}
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        maxLength={60}
        defaultValue={defaultId}
        error={err.abhaNumber ?? err.abhaAddress}
      />
      <SubmitButton variant="secondary" pending={pending} pendingText={t.sending}>
        {t.send}
      </SubmitButton>
    </form>
  );
}

/** Step 2: the code from the SMS. */
export function AbhaOtpVerifyForm({ action, copy: t }: { action: FormAction; copy: VerifyCopy }) {
  const { state, pending, formProps } = useActionForm(action);
  const err = state?.fieldErrors ?? {};
  return (
    <form {...formProps} noValidate className="mt-4 space-y-4">
      <FormAlert state={state} success={t.verified} />
      <TextField
        id="otp"
        name="otp"
        label={t.otp}
        hint={t.otpHint}
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={6}
        error={err.otp}
      />
      <SubmitButton pending={pending} pendingText={t.submitting}>
        {t.submit}
      </SubmitButton>
    </form>
  );
}
