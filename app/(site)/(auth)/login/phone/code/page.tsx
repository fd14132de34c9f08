import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { phoneSignInAction, resendPhoneCodeAction } from "@/app/actions/phone-sign-in";
import { AuthCard, authLinkClass } from "@/components/auth/AuthCard";
import { AuthForm } from "@/components/auth/AuthForm";
import { ResendCodeButton } from "@/components/auth/ResendCodeButton";
import { Alert } from "@/components/ui/Alert";
import { homeFor, safeCallbackUrl } from "@/lib/auth/callback-url";
import { indianMobileSchema } from "@/lib/auth/schemas";
import { signInResendWait } from "@/lib/auth/otp/service";
import { getActor } from "@/lib/auth/session";
import { firstParam, type SearchParams } from "../../../search-params";
import { formatPhone } from "@/lib/i18n/format";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Auth.meta");
  return { title: t("phoneCode"), robots: { index: false } };
}

/** "+919876543210" -> "+91 98765 43210", as people read it. */

/**
 * Phone sign-in, step 2: the texted code. It reads the same for every number (whether an account
 * holds it is never said before a right code); "Resend code" waits out the 30 seconds.
 */
export default async function PhoneCodePage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(firstParam(params.callbackUrl));
  const actor = await getActor();
  if (actor) redirect(callbackUrl ?? homeFor(actor.role));
  const parsed = indianMobileSchema.safeParse(firstParam(params.phone) ?? "");
  if (!parsed.success) redirect("/login/phone");
  const phone = parsed.data;
  const [t, wait] = await Promise.all([getTranslations("Auth"), signInResendWait(phone)]);
  const back = new URLSearchParams({ phone });
  if (callbackUrl) back.set("callbackUrl", callbackUrl);
  const hidden = { phone, callbackUrl: callbackUrl ?? "" };

  return (
    <AuthCard
      title={t("phoneCode.title")}
      subtitle={t("phoneCode.sentTo", { phone: formatPhone(phone) })}
      footer={
        <p>
          <Link href={`/login/phone?${back}`} className={authLinkClass}>
            {t("phoneCode.changeNumber")}
          </Link>
        </p>
      }
    >
      {params.resent || params.limited ? (
        <div className="mb-5" aria-live="polite">
          <Alert tone={params.limited ? "error" : "success"}>
            {params.limited ? t("phoneCode.limited") : t("phoneCode.resent")}
          </Alert>
        </div>
      ) : null}
      <AuthForm
        action={phoneSignInAction}
        hidden={hidden}
        submitLabel={t("phoneCode.submit")}
        pendingLabel={t("phoneCode.pending")}
        fields={[
          {
            name: "code",
            label: t("phoneCode.label"),
            type: "text",
            autoComplete: "one-time-code",
            inputMode: "numeric",
            required: true,
            maxLength: 7,
          },
        ]}
      />
      <form action={resendPhoneCodeAction} className="mt-6 border-t border-slate-200 pt-5">
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <ResendCodeButton
          waitSeconds={wait}
          label={t("phoneCode.resend")}
          pendingLabel={t("phone.pending")}
          waitText={t("phoneCode.resendIn", { seconds: wait })}
        />
      </form>
      <p className="mt-4 text-sm text-slate-600">{t("phoneCode.noSms")}</p>
    </AuthCard>
  );
}
