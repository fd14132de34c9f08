import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AuthForm } from "@/components/auth/AuthForm";
import { PhoneStatus } from "@/components/profile/PhoneStatus";
import { Alert } from "@/components/ui/Alert";
import { BackLink } from "@/components/ui/BackLink";
import { flatCardClass } from "@/components/ui/Card";
import { PageContainer } from "@/components/ui/PageContainer";
import { PageHeader } from "@/components/ui/PageHeader";
import { indianMobileSchema } from "@/lib/auth/schemas";
import { requireActor } from "@/lib/auth/session";
import { getUser } from "@/lib/users/queries";
import { confirmPhoneCodeAction, sendPhoneCodeAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("profile.phone");
  return { title: t("metaTitle") };
}

/**
 * Verifying the mobile number: send a code to it, type the code; the number then signs in by SMS.
 * `?phone=` is the number a code went to (the code step), `?verified=1` the success.
 */
export default async function ProfilePhonePage({
  searchParams,
}: {
  searchParams: Promise<{ phone?: string; verified?: string }>;
}) {
  const actor = await requireActor("/profile/phone");
  const [t, user, params] = await Promise.all([
    getTranslations("profile.phone"),
    getUser(actor, "me"),
    searchParams,
  ]);
  const sentTo = indianMobileSchema.safeParse(params.phone ?? "");
  const codeStep = sentTo.success && !params.verified ? sentTo.data : null;

  return (
    <PageContainer>
      <div className="mx-auto max-w-xl space-y-6">
        <div>
          <BackLink href="/profile" label={t("back")} />
          <PageHeader title={t("title")} subtitle={t("subtitle")} />
        </div>

        <section aria-labelledby="phone-current" className={flatCardClass}>
          <h2 id="phone-current" className="text-lg font-semibold text-slate-900">
            {t("current")}
          </h2>
          <p className="mt-2 flex flex-wrap items-center gap-3 font-medium text-slate-900">
            {user.phone ?? <span className="text-slate-500">{t("none")}</span>}
            {user.phone ? <PhoneStatus verified={user.phoneVerified} /> : null}
          </p>
          {params.verified === "1" && user.phone ? (
            <Alert tone="success" className="mt-4">
              {t("done", { phone: user.phone })}
            </Alert>
          ) : null}
        </section>

        {codeStep ? (
          <section aria-labelledby="phone-code" className={flatCardClass}>
            <h2 id="phone-code" className="text-lg font-semibold text-slate-900">
              {t("codeTitle")}
            </h2>
            <p className="mt-1 mb-4 text-sm text-slate-600">{t("sentTo", { phone: codeStep })}</p>
            <AuthForm
              action={confirmPhoneCodeAction}
              hidden={{ phone: codeStep }}
              submitLabel={t("confirm")}
              pendingLabel={t("confirming")}
              fields={[
                {
                  name: "code",
                  label: t("codeLabel"),
                  type: "text",
                  autoComplete: "one-time-code",
                  inputMode: "numeric",
                  required: true,
                  maxLength: 7,
                },
              ]}
            />
            <p className="mt-4 text-sm">
              <Link href="/profile/phone" className="font-semibold text-brand-800 underline">
                {t("otherNumber")}
              </Link>
            </p>
          </section>
        ) : null}

        {codeStep ? null : (
          <section aria-labelledby="phone-send" className={flatCardClass}>
            <h2 id="phone-send" className="mb-4 text-lg font-semibold text-slate-900">
              {user.phoneVerified ? t("otherNumber") : t("sendTitle")}
            </h2>
            <AuthForm
              action={sendPhoneCodeAction}
              submitLabel={t("send")}
              pendingLabel={t("sending")}
              fields={[
                {
                  name: "phone",
                  label: t("label"),
                  hint: t("hint"),
                  type: "tel",
                  autoComplete: "tel-national",
                  inputMode: "tel",
                  required: true,
                  maxLength: 20,
                  defaultValue: user.phone?.replace(/^\+91/, ""),
                },
              ]}
            />
          </section>
        )}
      </div>
    </PageContainer>
  );
}
