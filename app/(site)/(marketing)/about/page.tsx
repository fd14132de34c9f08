import type { Metadata } from "next";
import Link from "next/link";
import { CircleCheck } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/PageHeader";
import { ProsePage, ProseSection } from "@/components/ui/ProsePage";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("About");
  return { title: t("metaTitle"), description: t("intro") };
}

const values = ["verified", "language", "privacy", "honest"] as const;

export default async function AboutPage() {
  const t = await getTranslations("About");
  return (
    <ProsePage>
      <PageHeader title={t("title")} subtitle={t("intro")} />
      <ProseSection title={t("missionTitle")}>
        <p>{t("mission")}</p>
      </ProseSection>
      <ProseSection title={t("valuesTitle")}>
        <ul className="space-y-3">
          {values.map((key) => (
            <li key={key} className="flex gap-3">
              <CircleCheck aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-brand-700" />
              <span>{t(`values.${key}`)}</span>
            </li>
          ))}
        </ul>
      </ProseSection>
      <ProseSection title={t("contactTitle")}>
        <p>
          {t.rich("contact", {
            link: (chunks) => (
              <Link href="/help" className="font-semibold text-brand-800 underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
      </ProseSection>
    </ProsePage>
  );
}
