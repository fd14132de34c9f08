import type { Metadata } from "next";
import { ExternalLink, Landmark, ShieldCheck, Share2, Smartphone } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { AbhaLinkForm } from "@/components/profile/AbhaLinkForm";
import { AbhaStatusCard } from "@/components/profile/AbhaStatusCard";
import { AbhaVerifySection } from "@/components/profile/AbhaVerifySection";
import { BackLink } from "@/components/ui/BackLink";
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
  const [t, copy, abha, verification, params] = await Promise.all([
    getTranslations("abha"),
    copyOf("abha"),
    getAbha(actor, "me"),
    getAbhaVerification(actor, "me"),
    searchParams,
  ]);
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

        <AbhaStatusCard
          abha={abha}
          justUnlinked={params.unlinked === "1"}
          unlinkAction={unlinkAbhaAction}
        />

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
