import type { Metadata } from "next";
import { BadgeCheck, ExternalLink, Landmark, ShieldCheck, Share2, Smartphone } from "lucide-react";
import { getFormatter, getTranslations } from "next-intl/server";
import { AbhaLinkForm } from "@/components/profile/AbhaLinkForm";
import { AbhaVerifySection } from "@/components/profile/AbhaVerifySection";
import { BackLink } from "@/components/ui/BackLink";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { PageHeader } from "@/components/ui/PageHeader";
import { getAbha, getAbhaVerification } from "@/lib/abha/queries";
import { requireActor } from "@/lib/auth/session";
import { copyOf } from "@/lib/i18n/copy";
import {
  linkAbhaAction,
  requestAbhaOtpAction,
  unlinkAbhaAction,
  verifyAbhaOtpAction,
} from "./actions";
import { PageContainer } from "@/components/ui/PageContainer";
import { flatCardClass } from "@/components/ui/Card";
import { Alert } from "@/components/ui/Alert";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("abha");
  return { title: t("metaTitle") };
}

/**
 * ABHA link (#13): what ABHA is, the current link (verified or not), proof by ABDM's OTP when this
 * server is connected to ABDM, link by number or address (unverified), unlink.
 */
export default async function AbhaPage({
  searchParams,
}: {
  searchParams: Promise<{ unlinked?: string }>;
}) {
  const actor = await requireActor("/profile/abha");
  const [t, copy, format, abha, verification, params] = await Promise.all([
    getTranslations("abha"),
    copyOf("abha"),
    getFormatter(),
    getAbha(actor, "me"),
    getAbhaVerification(actor, "me"),
    searchParams,
  ]);
  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium" });
  const benefits = [
    { key: "access", icon: <Smartphone /> },
    { key: "secure", icon: <ShieldCheck /> },
    { key: "share", icon: <Share2 /> },
  ] as const;

  return (
    <PageContainer>
      <div className="mx-auto max-w-3xl space-y-6">
        <div>
          <BackLink href="/profile" label={t("back")} />
          <PageHeader title={t("title")} subtitle={t("subtitle")} />
        </div>

        <section aria-labelledby="abha-what" className={flatCardClass}>
          <h2 id="abha-what" className="text-lg font-semibold text-slate-900">
            {t("explainer.title")}
          </h2>
          <p className="mt-1 text-slate-700">{t("explainer.intro")}</p>
          <ul className="mt-4 grid gap-3 sm:grid-cols-3">
            {benefits.map((b) => (
              <li key={b.key} className="rounded-lg bg-brand-50 p-3">
                <span aria-hidden="true" className="text-brand-700 [&>svg]:size-5">
                  {b.icon}
                </span>
                <p className="mt-1 font-semibold text-slate-900">
                  {t(`explainer.benefits.${b.key}.title`)}
                </p>
                <p className="text-sm text-slate-700">{t(`explainer.benefits.${b.key}.text`)}</p>
              </li>
            ))}
          </ul>
          <p className="mt-3 flex items-center gap-2 text-sm text-slate-600">
            <Landmark aria-hidden="true" className="size-4" />
            {t("explainer.mission")}
          </p>
        </section>

        <section aria-labelledby="abha-status" className={flatCardClass}>
          <h2 id="abha-status" className="text-lg font-semibold text-slate-900">
            {t("status.title")}
          </h2>
          {params.unlinked === "1" && !abha.linked ? (
            <Alert tone="success" className="mt-2">
              {t("status.unlinked")}
            </Alert>
          ) : null}
          {abha.linked ? (
            <>
              <dl className="mt-3 grid gap-3 sm:grid-cols-2">
                <div>
                  <dt className="text-sm text-slate-600">{t("status.number")}</dt>
                  <dd className="font-mono text-lg font-semibold tracking-wide text-slate-900">
                    {abha.abhaNumber ?? "—"}
                  </dd>
                </div>
                <div>
                  <dt className="text-sm text-slate-600">{t("status.address")}</dt>
                  <dd className="text-lg font-semibold break-all text-slate-900">
                    {abha.abhaAddress ?? "—"}
                  </dd>
                </div>
              </dl>
              {abha.linkedAt ? (
                <p className="mt-2 text-sm text-slate-600">
                  {t("status.linkedOn", { date: date(abha.linkedAt) })}
                </p>
              ) : null}
              {abha.verified && abha.verifiedAt ? (
                <p className="mt-2 flex items-center gap-2 font-semibold text-emerald-800">
                  <BadgeCheck aria-hidden="true" className="size-4" />
                  {t("status.verifiedOn", { date: date(abha.verifiedAt) })}
                </p>
              ) : (
                <div className="mt-2 rounded-lg bg-amber-50 p-3 text-sm text-amber-900">
                  <p className="font-semibold">{t("status.unverified")}</p>
                  <p>{t("status.unverifiedText")}</p>
                </div>
              )}
              <form action={unlinkAbhaAction} className="mt-4">
                <SubmitButton variant="secondary" pendingText={t("status.unlinking")}>
                  {t("status.unlink")}
                </SubmitButton>
              </form>
            </>
          ) : (
            <p className="mt-2 text-slate-700">{t("status.notLinked")}</p>
          )}
        </section>

        {verification.available ? (
          <AbhaVerifySection
            abha={abha}
            otpPending={verification.otpPendingFor !== null}
            requestAction={requestAbhaOtpAction}
            verifyAction={verifyAbhaOtpAction}
          />
        ) : null}

        <section aria-labelledby="abha-link" className={flatCardClass}>
          <h2 id="abha-link" className="text-lg font-semibold text-slate-900">
            {abha.linked ? t("link.relinkTitle") : t("link.title")}
          </h2>
          <p className="mt-1 text-sm text-slate-600">{t("link.hint")}</p>
          <AbhaLinkForm action={linkAbhaAction} copy={copy.link} />
          <p className="mt-4 text-sm text-slate-700">
            {t("create.text")}{" "}
            <a
              href="https://abha.abdm.gov.in/"
              target="_blank"
              rel="noopener noreferrer"
              className="inline-flex items-center gap-1 font-semibold text-brand-800 underline"
            >
              {t("create.link")}
              <ExternalLink aria-hidden="true" className="size-3.5" />
              <span className="sr-only">{t("create.newTab")}</span>
            </a>
          </p>
          {verification.available ? null : (
            <p className="mt-3 rounded-lg bg-amber-50 p-3 text-sm text-amber-900">
              {t("unavailableNote")}
            </p>
          )}
        </section>
      </div>
    </PageContainer>
  );
}
