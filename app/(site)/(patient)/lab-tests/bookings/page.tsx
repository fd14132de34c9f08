import type { Metadata } from "next";
import Link from "next/link";
import { FlaskConical } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { BookingCard } from "@/components/lab/BookingCard";
import { buttonClass } from "@/components/ui/button-styles";
import { EmptyState } from "@/components/ui/EmptyState";
import { PageContainer } from "@/components/ui/PageContainer";
import { PageHeader } from "@/components/ui/PageHeader";
import { Pagination } from "@/components/ui/Pagination";
import { requireActor } from "@/lib/auth/session";
import { formatDate } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/config";
import { pageHref } from "@/lib/http/page-href";
import { listLabBookings } from "@/lib/lab/queries";
import { listLabBookingsQuerySchema } from "@/lib/lab/schemas";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Lab.bookings"))("metaTitle") };
}

const hrefOf = (page: number) => pageHref("/lab-tests/bookings", { page });

/** My lab bookings (#16): cards with status, tracker and report; empty state -> the catalogue. */
export default async function LabBookingsPage({
  searchParams,
}: {
  searchParams: Promise<{ page?: string | string[] }>;
}) {
  const { page: rawPage } = await searchParams;
  const parsed = listLabBookingsQuerySchema.safeParse({
    page: typeof rawPage === "string" ? rawPage : undefined,
  });
  const query = parsed.success ? parsed.data : {};
  const actor = await requireActor(hrefOf(parsed.success ? parsed.data.page : 1));
  const [t, locale, page] = await Promise.all([
    getTranslations("Lab.bookings"),
    getLocale(),
    listLabBookings(actor, query),
  ]);
  return (
    <PageContainer>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      {page.data.length === 0 ? (
        <EmptyState
          icon={<FlaskConical aria-hidden="true" />}
          title={t("emptyTitle")}
          hint={t("emptyHint")}
          action={
            <Link href="/lab-tests" className={buttonClass("primary")}>
              {t("browse")}
            </Link>
          }
        />
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {page.data.map((booking) => (
            <li key={booking.id} className="min-w-0">
              <BookingCard
                booking={booking}
                dateLabel={formatDate(`${booking.date}T12:00:00+05:30`, locale as AppLocale)}
              >
                <Link
                  href={`/lab-tests/bookings/${booking.id}`}
                  className={buttonClass("secondary")}
                >
                  {t("view")}
                </Link>
              </BookingCard>
            </li>
          ))}
        </ul>
      )}
      <Pagination
        page={page.meta.page}
        pageSize={page.meta.pageSize}
        total={page.meta.total}
        hrefFor={hrefOf}
      />
    </PageContainer>
  );
}
