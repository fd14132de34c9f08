import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { BackLink } from "@/components/ui/BackLink";
import { LanguageOptions } from "@/components/profile/LanguageOptions";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireActor } from "@/lib/auth/session";
import { saveLanguageAction } from "./actions";
import { PageContainer } from "@/components/ui/PageContainer";
import { Alert } from "@/components/ui/Alert";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("settings.language");
  return { title: t("metaTitle") };
}

/** Language (#29): every language in its own script; untranslated ones are shown as coming soon. */
export default async function LanguageSettingsPage({
  searchParams,
}: {
  searchParams: Promise<{ saved?: string; invalid?: string }>;
}) {
  await requireActor("/settings/language");
  const [t, locale, params] = await Promise.all([
    getTranslations("settings.language"),
    getLocale(),
    searchParams,
  ]);
  return (
    <PageContainer>
      <div className="mx-auto max-w-xl">
        <BackLink href="/profile" label={t("back")} />
        <PageHeader title={t("title")} subtitle={t("subtitle")} />
        {params.saved === "1" ? (
          <Alert tone="success" className="mb-4">
            {t("saved")}
          </Alert>
        ) : null}
        {params.invalid === "1" ? (
          <Alert tone="error" className="mb-4">
            {t("invalid")}
          </Alert>
        ) : null}
        <form action={saveLanguageAction} className="space-y-4">
          <LanguageOptions
            current={locale}
            legend={t("legend")}
            comingSoon={t("comingSoon")}
            currentLabel={t("current")}
          />
          <SubmitButton pendingText={t("saving")}>{t("save")}</SubmitButton>
        </form>
      </div>
    </PageContainer>
  );
}
