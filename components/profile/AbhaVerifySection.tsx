import { getTranslations } from "next-intl/server";
import { flatCardClass } from "@/components/ui/Card";
import type { AbhaDto } from "@/lib/abha/schemas";
import type { FormAction } from "@/lib/actions/result";
import { copyOf } from "@/lib/i18n/copy";
import { AbhaOtpRequestForm, AbhaOtpVerifyForm } from "./AbhaVerifyForms";

/** Proving the ABHA by ABDM's OTP: ask for a code, then type it (once one is on its way). */
export async function AbhaVerifySection({
  abha,
  otpPending,
  requestAction,
  verifyAction,
}: {
  abha: AbhaDto;
  otpPending: boolean;
  requestAction: FormAction;
  verifyAction: FormAction;
}) {
  const [t, copy] = await Promise.all([getTranslations("abha.verify"), copyOf("abha")]);
  return (
    <section aria-labelledby="abha-verify" className={flatCardClass}>
      <h2 id="abha-verify" className="text-lg font-semibold text-slate-900">
        {t("title")}
      </h2>
      <p className="mt-1 text-sm text-slate-600">{t("hint")}</p>
      <AbhaOtpRequestForm
        action={requestAction}
        defaultId={abha.abhaNumber ?? abha.abhaAddress ?? ""}
        copy={copy.verify}
      />
      {otpPending ? <AbhaOtpVerifyForm action={verifyAction} copy={copy.verify} /> : null}
    </section>
  );
}
