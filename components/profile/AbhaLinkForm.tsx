"use client";

import { useTranslations } from "next-intl";
import { linkAbhaAction } from "@/app/(patient)/profile/abha/actions";
import { FormAlert, SubmitButton, TextField, useActionForm } from "./form-bits";

/** Link by ABHA number, ABHA address, or both; errors (bad format, 409) beside the field. */
export function AbhaLinkForm() {
  const t = useTranslations("abha.link");
  const { state, pending, formProps } = useActionForm(linkAbhaAction);
  const err = state?.fieldErrors ?? {};
  return (
    <form {...formProps} noValidate className="mt-4 space-y-4">
      <FormAlert state={state} success={t("linked")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id="abhaNumber"
          name="abhaNumber"
          label={t("number")}
          hint={t("numberHint")}
          inputMode="numeric"
          autoComplete="off"
          maxLength={20}
          placeholder="XX-XXXX-XXXX-XXXX"
          error={err.abhaNumber}
        />
        <TextField
          id="abhaAddress"
          name="abhaAddress"
          label={t("address")}
          hint={t("addressHint")}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          maxLength={60}
          placeholder="name@abdm"
          error={err.abhaAddress}
        />
      </div>
      <SubmitButton pending={pending} pendingText={t("submitting")}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
