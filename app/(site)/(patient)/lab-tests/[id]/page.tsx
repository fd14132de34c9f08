import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { BackLink } from "@/components/ui/BackLink";
import { buttonClass } from "@/components/ui/button-styles";
import { Card } from "@/components/ui/Card";
import { PageContainer } from "@/components/ui/PageContainer";
import { PageHeader } from "@/components/ui/PageHeader";
import { isAppError } from "@/lib/errors";
import { formatInr } from "@/lib/i18n/format";
import { getLabTest } from "@/lib/lab/catalogue";
import type { LabTestDto } from "@/lib/lab/schemas";

async function load(id: string): Promise<LabTestDto> {
  try {
    return await getLabTest(id);
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  }
}

export async function generateMetadata({
  params,
}: {
  params: Promise<{ id: string }>;
}): Promise<Metadata> {
  return { title: (await load((await params).id)).name };
}

/** One test or package (public): what it measures, preparation, sample, report time, price. */
export default async function LabTestPage({ params }: { params: Promise<{ id: string }> }) {
  const [test, t] = await Promise.all([load((await params).id), getTranslations("Lab.detail")]);
  const facts: Array<[string, string]> = [
    [t("sample"), test.sampleType ?? "-"],
    [t("reportTime"), test.reportTime ?? "-"],
    [
      t("fasting"),
      test.fastingHours ? t("fastingHours", { hours: test.fastingHours }) : t("noFasting"),
    ],
    [t("collection"), test.homeCollection ? t("homeCollection") : t("labOnly")],
  ];
  return (
    <PageContainer>
      <BackLink href="/lab-tests" label={t("back")} />
      <PageHeader title={test.name} subtitle={test.description ?? undefined} />
      <Card className="space-y-4">
        <p className="flex flex-wrap items-baseline gap-2">
          <span className="text-2xl font-bold text-slate-900">{formatInr(test.price)}</span>
          {test.discountPercent > 0 ? (
            <span className="text-sm text-slate-600">
              {t("off", { percent: test.discountPercent, mrp: formatInr(test.mrp) })}
            </span>
          ) : null}
        </p>
        <dl className="grid gap-3 sm:grid-cols-2">
          {facts.map(([label, value]) => (
            <div key={label}>
              <dt className="text-sm font-medium text-slate-600">{label}</dt>
              <dd className="text-slate-900">{value}</dd>
            </div>
          ))}
        </dl>
        {test.preparation ? (
          <section>
            <h2 className="font-semibold text-slate-900">{t("preparation")}</h2>
            <p className="text-slate-700">{test.preparation}</p>
          </section>
        ) : null}
        {test.parameters.length > 0 ? (
          <section>
            <h2 className="font-semibold text-slate-900">{t("measures")}</h2>
            <ul className="mt-1 list-disc pl-5 text-slate-700">
              {test.parameters.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </section>
        ) : null}
        {test.includes.length > 0 ? (
          <section>
            <h2 className="font-semibold text-slate-900">{t("contents")}</h2>
            <ul className="mt-1 list-disc pl-5">
              {test.includes.map((i) => (
                <li key={i.id}>
                  <Link href={`/lab-tests/${i.id}`} className="text-brand-800 underline">
                    {i.name}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <Link href={`/lab-tests/book?tests=${test.id}`} className={buttonClass("primary")}>
          {t("book")}
        </Link>
      </Card>
    </PageContainer>
  );
}
