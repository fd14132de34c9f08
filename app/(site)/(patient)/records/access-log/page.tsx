import type { Metadata } from "next";
import Link from "next/link";
import { ShieldCheck } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { AccessLogTable } from "@/components/record-shares/AccessLogTable";
import { BackLink } from "@/components/ui/BackLink";
import { EmptyState } from "@/components/ui/EmptyState";
import { PageContainer } from "@/components/ui/PageContainer";
import { PageHeader } from "@/components/ui/PageHeader";
import { Pagination } from "@/components/ui/Pagination";
import { buttonClass } from "@/components/ui/button-styles";
import { requireActor } from "@/lib/auth/session";
import { listAccessLog } from "@/lib/record-shares/queries";
import { listAccessLogQuerySchema } from "@/lib/record-shares/schemas";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("recordShares.log");
  return { title: t("metaTitle") };
}

type Props = { searchParams: Promise<{ page?: string | string[] }> };

const hrefOf = (page: number) =>
  page > 1 ? `/records/access-log?page=${page}` : "/records/access-log";

/** The access log (#11): every read of my records by someone else, newest first, paged. */
export default async function AccessLogPage({ searchParams }: Props) {
  const { page: rawPage } = await searchParams;
  const parsed = listAccessLogQuerySchema.safeParse({
    page: typeof rawPage === "string" ? rawPage : undefined,
    pageSize: 25,
  });
  const query = parsed.success ? parsed.data : { page: 1, pageSize: 25 };
  const actor = await requireActor(hrefOf(query.page));
  const [t, log] = await Promise.all([
    getTranslations("recordShares"),
    listAccessLog(actor, query),
  ]);
  return (
    <PageContainer>
      <div className="mx-auto max-w-5xl space-y-6">
        <div>
          <BackLink href="/records" label={t("back")} />
          <PageHeader title={t("log.title")} subtitle={t("log.subtitle")}>
            <Link
              href="/records/shares"
              className="mt-3 inline-flex min-h-11 items-center text-sm font-semibold text-brand-800 underline"
            >
              {t("log.sharesLink")}
            </Link>
          </PageHeader>
        </div>
        {log.data.length === 0 ? (
          <EmptyState
            icon={<ShieldCheck aria-hidden="true" />}
            title={t("log.empty")}
            hint={t("log.emptyHint")}
            action={
              <Link href="/records/shares" className={buttonClass("secondary")}>
                {t("log.sharesLink")}
              </Link>
            }
          />
        ) : (
          <>
            <AccessLogTable entries={log.data} />
            <Pagination
              page={log.meta.page}
              pageSize={log.meta.pageSize}
              total={log.meta.total}
              hrefFor={hrefOf}
            />
          </>
        )}
      </div>
    </PageContainer>
  );
}
