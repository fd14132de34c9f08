import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requestPhoneCodeAction } from "@/app/actions/phone-sign-in";
import { AuthCard, authLinkClass } from "@/components/auth/AuthCard";
import { AuthForm } from "@/components/auth/AuthForm";
import { homeFor, safeCallbackUrl } from "@/lib/auth/callback-url";
import { getActor } from "@/lib/auth/session";
import { firstParam, type SearchParams } from "../../search-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Auth.meta");
  return { title: t("phone") };
}

/** Phone sign-in, step 1: the mobile number ("Change number" comes back here with it filled). */
export default async function PhoneLoginPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(firstParam(params.callbackUrl));
  const actor = await getActor();
  if (actor) redirect(callbackUrl ?? homeFor(actor.role));
  const t = await getTranslations("Auth");
  const emailLogin = callbackUrl
    ? `/login?callbackUrl=${encodeURIComponent(callbackUrl)}`
    : "/login";

  return (
    <AuthCard
      title={t("phone.title")}
      subtitle={t("phone.subtitle")}
      footer={
        <p>
          <Link href={emailLogin} className={authLinkClass}>
            {t("phone.withEmail")}
          </Link>
        </p>
      }
    >
      <AuthForm
        action={requestPhoneCodeAction}
        hidden={{ callbackUrl: callbackUrl ?? "" }}
        submitLabel={t("phone.submit")}
        pendingLabel={t("phone.pending")}
        fields={[
          {
            name: "phone",
            label: t("phone.label"),
            hint: t("phone.hint"),
            type: "tel",
            autoComplete: "tel-national",
            inputMode: "tel",
            required: true,
            maxLength: 20,
            defaultValue: firstParam(params.phone)?.replace(/^\+91/, ""),
          },
        ]}
      >
        <p className="text-sm text-slate-600">{t("phone.howTo")}</p>
      </AuthForm>
    </AuthCard>
  );
}
