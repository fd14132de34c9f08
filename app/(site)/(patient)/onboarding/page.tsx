import type { Metadata } from "next";
import Link from "next/link";
import { ArrowLeft, HeartPulse } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import {
  AbhaStep,
  BasicInfoStep,
  HealthInfoStep,
  type OnboardingCopy,
} from "@/components/profile/OnboardingSteps";
import { LanguageOptions } from "@/components/profile/LanguageOptions";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { requireActor } from "@/lib/auth/session";
import { copyOf } from "@/lib/i18n/copy";
import { getHealthProfile } from "@/lib/health-profile/queries";
import { localeValues } from "@/lib/validation/enums";
import {
  finishOnboardingAction,
  saveBasicInfoAction,
  saveHealthInfoAction,
  saveOnboardingLanguageAction,
} from "./actions";
import { PageContainer } from "@/components/ui/PageContainer";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("onboarding");
  return { title: t("metaTitle") };
}

const onboardingLanguages = localeValues;

/**
 * Onboarding (#2): welcome + language, then three steps (about you, your health, ABHA), each saved
 * as it is submitted, so leaving half-way loses nothing. The step lives in the URL (`?step=`).
 */
export default async function OnboardingPage({
  searchParams,
}: {
  searchParams: Promise<{ step?: string }>;
}) {
  const actor = await requireActor("/onboarding");
  const [t, params, profile, locale, copy] = await Promise.all([
    getTranslations("onboarding"),
    searchParams,
    getHealthProfile(actor, "me"),
    getLocale(),
    stepCopy(),
  ]);
  const step = Math.min(4, Math.max(1, Number.parseInt(params.step ?? "1", 10) || 1));

  return (
    <PageContainer>
      <div className="mx-auto max-w-xl">
        {step > 1 ? (
          <div className="mb-6">
            <Link
              href={`/onboarding?step=${step - 1}`}
              className="inline-flex min-h-11 items-center gap-2 text-sm font-semibold text-brand-800 hover:underline"
            >
              <ArrowLeft aria-hidden="true" className="size-4" />
              {t("back")}
            </Link>
            <div aria-hidden="true" className="mt-2 grid grid-cols-3 gap-2">
              {[2, 3, 4].map((s) => (
                <span
                  key={s}
                  className={`h-2 rounded-full ${s <= step ? "bg-brand-700" : "bg-slate-200"}`}
                />
              ))}
            </div>
            <p className="mt-2 text-sm text-slate-600">
              {t("progress", { current: step - 1, total: 3 })}
            </p>
          </div>
        ) : null}

        {step === 1 ? (
          <section aria-labelledby="welcome-title" className="space-y-6">
            <div className="text-center">
              <span
                aria-hidden="true"
                className="mx-auto grid size-16 place-items-center rounded-full bg-brand-50 text-brand-700"
              >
                <HeartPulse className="size-8" />
              </span>
              <h1 id="welcome-title" className="mt-4 text-2xl font-bold text-slate-900">
                {t("welcome.title")}
              </h1>
              <p className="mt-2 text-slate-700">{t("welcome.text")}</p>
            </div>
            <form action={saveOnboardingLanguageAction} className="space-y-4">
              <h2 className="font-semibold text-slate-900">{t("welcome.languageLegend")}</h2>
              <LanguageOptions
                current={locale}
                legend={t("welcome.languageLegend")}
                comingSoon={t("welcome.comingSoon")}
                currentLabel={t("welcome.current")}
                only={onboardingLanguages}
              />
              <SubmitButton pendingText={t("welcome.starting")} className="w-full">
                {t("welcome.start")}
              </SubmitButton>
            </form>
          </section>
        ) : (
          <>
            {step === 2 ? (
              <BasicInfoStep profile={profile} action={saveBasicInfoAction} copy={copy} />
            ) : null}
            {step === 3 ? (
              <HealthInfoStep profile={profile} action={saveHealthInfoAction} copy={copy} />
            ) : null}
            {step === 4 ? (
              <AbhaStep
                abhaNumber={profile.abha.abhaNumber}
                action={finishOnboardingAction}
                copy={copy}
              />
            ) : null}
          </>
        )}
      </div>
    </PageContainer>
  );
}

/** The texts of the three form steps, in the user's language. */
async function stepCopy(): Promise<OnboardingCopy> {
  const [onboarding, profile, healthProfile] = await Promise.all([
    copyOf("onboarding"),
    copyOf("profile"),
    copyOf("healthProfile"),
  ]);
  return { onboarding, profile, healthProfile };
}
