"use client";

import type { FormAction } from "@/lib/actions/result";
import { FormAlert } from "@/components/ui/Alert";
import { describedBy, FieldError, TextField } from "@/components/ui/Field";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { useActionForm } from "@/components/ui/use-action-form";
import type { Copy } from "@/lib/i18n/read-copy";

/** Delete account: password (for password accounts) and an explicit confirmation; then signed out. */
export function DeleteAccountForm({
  hasPassword,
  action,
  copy: t,
}: {
  hasPassword: boolean;
  action: FormAction;
  /** copyOf("profile").deleteAccount */
  copy: Copy<"profile">["deleteAccount"];
}) {
  const { state, pending, formProps } = useActionForm(action);
  const err = state?.fieldErrors ?? {};

  return (
    <form {...formProps} noValidate className="space-y-4">
      <p className="text-sm text-slate-700">{t.intro}</p>
      <FormAlert state={state} />
      {hasPassword ? (
        <TextField
          id="delete-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          label={t.password}
          hint={t.passwordHint}
          error={err.password}
        />
      ) : (
        <p className="text-sm text-slate-600">{t.oauthNote}</p>
      )}
      <div>
        <label className="flex items-start gap-2 text-sm text-slate-800">
          <input
            type="checkbox"
            name="confirm"
            value="yes"
            required
            aria-invalid={err.confirm ? true : undefined}
            aria-describedby={describedBy("delete-confirm", undefined, err.confirm)}
            className="mt-0.5 size-5 accent-red-700"
          />
          {t.confirm}
        </label>
        <FieldError id="delete-confirm" message={err.confirm} />
      </div>
      <SubmitButton pending={pending} variant="danger" pendingText={t.deleting}>
        {t.submit}
      </SubmitButton>
    </form>
  );
}
