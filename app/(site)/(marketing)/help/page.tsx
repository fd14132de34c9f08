import type { Metadata } from "next";
import Link from "next/link";
import { ChevronDown, Phone } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { ContactCards } from "@/components/support/ContactCards";
import { SupportTicketForm } from "@/components/support/SupportTicketForm";
import { Alert } from "@/components/ui/Alert";
import { PageHeader } from "@/components/ui/PageHeader";
import { ProsePage, ProseSection } from "@/components/ui/ProsePage";
import { getActor } from "@/lib/auth/session";
import { copyOf } from "@/lib/i18n/copy";
import packageJson from "@/package.json";
import { createSupportTicketAction } from "./actions";

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

/**
 * Help & support (#30): contact cards, "Send us a message" (guests give an email) confirming the
 * ticket number, and an FAQ accordion of <details name="faq"> (one open at a time, no JavaScript).
 */
export default async function HelpPage({
  searchParams,
}: {
  searchParams: Promise<{ sent?: string | string[] }>;
}) {
  const [t, copy, actor, { sent }] = await Promise.all([
    getTranslations("Help"),
    copyOf("Help"),
    getActor(),
    searchParams,
  ]);
  const sentNumber = typeof sent === "string" && /^[0-9A-F]{8}$/.test(sent) ? `#${sent}` : null;
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
        <ContactCards />
      </ProseSection>

      <section id="message" aria-labelledby="message-title" className="scroll-mt-20 space-y-3">
        <h2 id="message-title" className="text-xl font-bold text-slate-900">
          {t("form.title")}
        </h2>
        {sentNumber ? (
          <Alert tone="success" focusOnMount>
            {t("form.sent", { number: sentNumber })}
          </Alert>
        ) : null}
        <p className="text-slate-700">{actor ? t("form.signedInHint") : t("form.guestHint")}</p>
        {actor ? (
          <p>
            <Link href="/help/tickets" className="font-semibold text-brand-800 underline">
              {t("form.myTickets")}
            </Link>
          </p>
        ) : null}
        <SupportTicketForm action={createSupportTicketAction} askEmail={!actor} copy={copy.form} />
      </section>

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
      <p className="text-center text-xs text-slate-500">
        {t("version", { version: packageJson.version })}
      </p>
    </ProsePage>
  );
}
