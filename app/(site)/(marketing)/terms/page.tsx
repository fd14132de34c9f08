import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { LegalPage } from "@/components/ui/LegalPage";
import { formatDate } from "@/lib/i18n/format";

const LAST_UPDATED = "2026-11-24";
const sections = ["service", "doctors", "account", "payments", "community", "liability"] as const;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Terms");
  return { title: t("metaTitle"), description: t("intro") };
}

export default async function TermsPage() {
  const [t, locale] = await Promise.all([getTranslations("Terms"), getLocale()]);
  return (
    <LegalPage
      title={t("title")}
      updated={t("updated", { date: formatDate(LAST_UPDATED, locale) })}
      intro={t("intro")}
      sections={sections.map((id) => ({
        id,
        title: t(`sections.${id}.title`),
        body: t(`sections.${id}.body`),
      }))}
    />
  );
}
