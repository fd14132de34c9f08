import type { Metadata } from "next";
import Link from "next/link";
import { ClipboardList } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { SeverityPill } from "@/components/symptom-checker/SeverityBanner";
import { buttonClass } from "@/components/ui/button-styles";
import { cardClass } from "@/components/ui/Card";
import { EmptyState } from "@/components/ui/EmptyState";
import { PageContainer } from "@/components/ui/PageContainer";
import { PageHeader } from "@/components/ui/PageHeader";
import { Pagination } from "@/components/ui/Pagination";
import { paginationSchema } from "@/lib/api/pagination";
import { requireActor } from "@/lib/auth/session";
import { specialtyLabel } from "@/lib/doctors/specialties";
import { formatDate } from "@/lib/i18n/format";
import { listSymptomChecks } from "@/lib/symptom-checks/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("SymptomChecker.history");
  return { title: t("metaTitle") };
}

type Props = { searchParams: Promise<{ page?: string | string[] }> };

/** My symptom checks (#3 history), signed in: newest first, each opening its saved result. */
export default async function SymptomCheckHistoryPage({ searchParams }: Props) {
  const actor = await requireActor("/symptom-checker/history");
  const { page } = await searchParams;
  const parsed = paginationSchema.safeParse({ page: typeof page === "string" ? page : undefined });
  const query = parsed.success ? parsed.data : paginationSchema.parse({});
  const [t, tResult, locale, result] = await Promise.all([
    getTranslations("SymptomChecker.history"),
    getTranslations("SymptomChecker.result"),
    getLocale(),
    listSymptomChecks(actor, query),
  ]);
  const lang = locale === "hi" ? "hi" : "en";
  const dateOf = (iso: string) => formatDate(iso, lang);

  return (
    <PageContainer className="max-w-3xl">
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      {result.data.length === 0 ? (
        <EmptyState
          icon={<ClipboardList aria-hidden="true" />}
          title={t("emptyTitle")}
          hint={t("emptyHint")}
          action={
            <Link href="/symptom-checker" className={buttonClass("primary")}>
              {t("start")}
            </Link>
          }
        />
      ) : (
        <ul aria-label={t("listLabel")} className="space-y-3">
          {result.data.map((check) => {
            const date = dateOf(check.createdAt);
            const severity = check.assessment?.severity;
            const specialty = check.assessment?.recommendedSpecialty;
            return (
              <li key={check.id} className={`${cardClass} relative`}>
                <h2 className="text-base font-semibold text-slate-900">
                  <Link
                    href={`/symptom-checker/${check.id}`}
                    prefetch={false}
                    className="after:absolute after:inset-0 after:rounded-xl"
                  >
                    {date}
                  </Link>
                </h2>
                <div className="mt-1 flex flex-wrap items-center gap-2">
                  {severity ? (
                    <SeverityPill severity={severity} text={tResult(`severity.${severity}`)} />
                  ) : (
                    <span className="text-sm font-medium text-slate-700">{t("inProgress")}</span>
                  )}
                  {specialty ? (
                    <span className="text-sm text-slate-700">
                      {t("specialist", { specialty: specialtyLabel(specialty, lang) })}
                    </span>
                  ) : null}
                </div>
                <p className="mt-1 text-sm text-slate-700">
                  {[...check.symptoms, check.description ?? ""].filter(Boolean).join(", ")}
                </p>
              </li>
            );
          })}
        </ul>
      )}
      <Pagination
        page={result.meta.page}
        pageSize={result.meta.pageSize}
        total={result.meta.total}
        hrefFor={(p) => (p > 1 ? `/symptom-checker/history?page=${p}` : "/symptom-checker/history")}
      />
    </PageContainer>
  );
}
