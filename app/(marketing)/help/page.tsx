import type { Metadata } from "next";
import { ChevronDown, Mail, Phone } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/PageHeader";
import { ProsePage, ProseSection } from "@/components/ui/ProsePage";
import { flatCardClass } from "@/components/ui/Card";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Help");
  return { title: t("metaTitle"), description: t("intro") };
}

const faqs = [
  "book",
  "records",
  "abha",
  "symptoms",
  "cancel",
  "medicines",
  "security",
  "coach",
] as const;
const supportEmail = "support@swasthai.dev";

/** Help & support (#30): contact and an FAQ accordion built on <details> (no JavaScript). */
export default async function HelpPage() {
  const t = await getTranslations("Help");
  return (
    <ProsePage>
      <PageHeader title={t("title")} subtitle={t("intro")} />
      <p className="flex items-start gap-2 rounded-xl bg-red-50 p-4 text-red-900">
        <Phone aria-hidden="true" className="mt-0.5 size-5 shrink-0" />
        <span>
          {t.rich("emergency", {
            link: (chunks) => (
              <a href="tel:108" className="font-bold underline">
                {chunks}
              </a>
            ),
          })}
        </span>
      </p>

      <ProseSection title={t("contactTitle")}>
        <div className={`${flatCardClass} flex items-start gap-3`}>
          <span className="grid size-10 shrink-0 place-items-center rounded-full bg-brand-50 text-brand-700">
            <Mail aria-hidden="true" className="size-5" />
          </span>
          <div>
            <p className="text-sm font-medium text-slate-600">{t("emailLabel")}</p>
            <a href={`mailto:${supportEmail}`} className="font-semibold text-brand-800 underline">
              {supportEmail}
            </a>
            <p className="text-sm text-slate-600">{t("emailHint")}</p>
          </div>
        </div>
      </ProseSection>

      <ProseSection title={t("faqTitle")}>
        <div className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white">
          {faqs.map((key) => (
            <details key={key} name="faq" className="group px-4">
              <summary className="flex list-none items-center justify-between gap-3 py-4 font-semibold text-slate-900 [&::-webkit-details-marker]:hidden">
                {t(`faq.${key}.q`)}
                <ChevronDown
                  aria-hidden="true"
                  className="size-5 shrink-0 text-slate-500 transition group-open:rotate-180"
                />
              </summary>
              <p className="pb-4 text-slate-700">{t(`faq.${key}.a`)}</p>
            </details>
          ))}
        </div>
      </ProseSection>
    </ProsePage>
  );
}
