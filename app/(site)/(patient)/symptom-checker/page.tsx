import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { CheckerIntro } from "@/components/symptom-checker/CheckerIntro";
import { specialtyNames } from "@/components/symptom-checker/specialty-names";
import { SymptomForm } from "@/components/symptom-checker/SymptomForm";
import { PageContainer } from "@/components/ui/PageContainer";
import { PageHeader } from "@/components/ui/PageHeader";
import { getActor } from "@/lib/auth/session";
import { getHealthProfile } from "@/lib/health-profile/queries";
import { copyOf } from "@/lib/i18n/copy";
import { startSymptomCheckAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("SymptomChecker");
  return { title: t("metaTitle") };
}

/**
 * The symptom checker (#3), step 1: what you feel. Public: a signed-in user's age and sex come
 * from their health profile and their checks are kept; a signed-out check is kept only while in
 * progress. Works without JavaScript (a plain form post).
 */
export default async function SymptomCheckerPage() {
  const actor = await getActor();
  const [t, copy, locale, profile] = await Promise.all([
    getTranslations("SymptomChecker"),
    copyOf("SymptomChecker"),
    getLocale(),
    actor ? getHealthProfile(actor, "me") : null,
  ]);
  const defaults = {
    age: profile?.age !== null && profile?.age !== undefined ? String(profile.age) : "",
    sex: profile?.gender ?? "",
  };
  return (
    <PageContainer className="max-w-3xl">
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <SymptomForm
        action={startSymptomCheckAction}
        copy={copy}
        defaults={defaults}
        prefilled={Boolean(defaults.age || defaults.sex)}
        specialtyNames={specialtyNames(locale)}
        intro={<CheckerIntro copy={copy} signedIn={actor !== null} />}
      />
    </PageContainer>
  );
}
