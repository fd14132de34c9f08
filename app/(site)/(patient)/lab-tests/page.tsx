import type { Metadata } from "next";
import Link from "next/link";
import { FlaskConical } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { PackageCard } from "@/components/lab/PackageCard";
import { SearchForm } from "@/components/lab/SearchForm";
import { SelectionBar } from "@/components/lab/SelectionBar";
import { TestRow } from "@/components/lab/TestRow";
import { buttonClass } from "@/components/ui/button-styles";
import { cardClass } from "@/components/ui/Card";
import { EmptyState } from "@/components/ui/EmptyState";
import { PageContainer } from "@/components/ui/PageContainer";
import { PageHeader } from "@/components/ui/PageHeader";
import { searchLabTests } from "@/lib/lab/catalogue";
import { searchLabTestsQuerySchema } from "@/lib/lab/schemas";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Lab");
  return { title: t("metaTitle") };
}

const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);

/**
 * The lab catalogue (#14, public): search and category as a GET form, health packages, then the
 * tests as checkboxes in a GET form to /lab-tests/book (works without JavaScript).
 */
export default async function LabTestsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const parsed = searchLabTestsQuerySchema.safeParse({
    q: one(params.q) || undefined,
    category: one(params.category) || undefined,
    pageSize: 100,
  });
  const query = parsed.success ? parsed.data : { pageSize: 100 };
  const [t, { data }] = await Promise.all([getTranslations("Lab"), searchLabTests(query)]);
  const packages = data.filter((d) => d.isPackage);
  const tests = data.filter((d) => !d.isPackage);

  return (
    <PageContainer>
      <PageHeader title={t("title")} subtitle={t("subtitle")}>
        <Link href="/lab-tests/bookings" className={buttonClass("secondary")}>
          {t("bookings.title")}
        </Link>
      </PageHeader>
      <SearchForm
        q={parsed.success ? parsed.data.q : undefined}
        category={parsed.success ? parsed.data.category : undefined}
      />
      {packages.length > 0 ? (
        <section aria-labelledby="packages-title" className="mt-6">
          <h2 id="packages-title" className="text-lg font-semibold text-slate-900">
            {t("packages.title")}
          </h2>
          <ul className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {packages.map((pkg) => (
              <li key={pkg.id}>
                <PackageCard pkg={pkg} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="tests-title" className="mt-6">
        <h2 id="tests-title" className="text-lg font-semibold text-slate-900">
          {t("tests.title")}
        </h2>
        {tests.length === 0 ? (
          <EmptyState icon={<FlaskConical aria-hidden="true" />} title={t("tests.empty")} />
        ) : (
          <form action="/lab-tests/book" method="get" className="mt-3">
            <p className="text-sm text-slate-600">{t("selection.hint")}</p>
            <SelectionBar
              label={t("selection.continue")}
              summary={t.raw("selection.summary") as string}
            />
            <ul className={cardClass}>
              {tests.map((test) => (
                <TestRow key={test.id} test={test} checked={false} />
              ))}
            </ul>
          </form>
        )}
      </section>
    </PageContainer>
  );
}
