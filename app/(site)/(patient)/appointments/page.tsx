import type { Metadata } from "next";
import Link from "next/link";
import { CalendarX2, History } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { AppointmentCard } from "@/components/appointments/AppointmentCard";
import { AppointmentTabs } from "@/components/appointments/AppointmentTabs";
import { Pagination } from "@/components/ui/Pagination";
import { buttonClass } from "@/components/ui/button-styles";
import { EmptyState } from "@/components/ui/EmptyState";
import { PageContainer } from "@/components/ui/PageContainer";
import { PageHeader } from "@/components/ui/PageHeader";
import { listAppointmentsQuerySchema } from "@/lib/appointments/schemas";
import { listAppointments } from "@/lib/appointments/queries";
import { requireActor } from "@/lib/auth/session";
import { copyOf } from "@/lib/i18n/copy";
import { cancelAppointmentAction } from "./actions";
import { pageHref } from "@/lib/http/page-href";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Appointments");
  return { title: t("metaTitle") };
}

const PAGE_SIZE = 20;

const hrefOf = (tab: "upcoming" | "past", page = 1) =>
  pageHref("/appointments", { tab: tab === "past" ? tab : undefined, page });

/**
 * My appointments (#10): Upcoming (live and not over, soonest first) / Past (everything else,
 * newest first), as `?tab=` links so the tabs work without JavaScript; the database splits and
 * pages them (`when`), `?page=` walks the pages.
 */
export default async function AppointmentsPage({
  searchParams,
}: {
  searchParams: Promise<{ tab?: string | string[]; page?: string | string[] }>;
}) {
  const { tab: rawTab, page: rawPage } = await searchParams;
  const tab = rawTab === "past" ? "past" : "upcoming";
  const parsed = listAppointmentsQuerySchema.safeParse({
    when: tab,
    page: typeof rawPage === "string" ? rawPage : undefined,
    pageSize: PAGE_SIZE,
  });
  const query = parsed.success
    ? parsed.data
    : listAppointmentsQuerySchema.parse({ when: tab, pageSize: PAGE_SIZE });
  const actor = await requireActor(hrefOf(tab, query.page));
  const now = new Date();
  const [t, copy, page] = await Promise.all([
    getTranslations("Appointments"),
    copyOf("Appointments"),
    listAppointments(actor, query, { now }),
  ]);
  const shown = page.data;

  return (
    <PageContainer>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <AppointmentTabs current={tab} />
      <section id="appointments-panel" aria-labelledby={`tab-${tab}`} className="mt-4">
        {shown.length === 0 ? (
          <EmptyState
            icon={
              tab === "upcoming" ? (
                <CalendarX2 aria-hidden="true" />
              ) : (
                <History aria-hidden="true" />
              )
            }
            title={t(`empty.${tab}.title`)}
            hint={t(`empty.${tab}.hint`)}
            action={
              <Link href="/doctors" className={buttonClass("primary")}>
                {t("empty.find")}
              </Link>
            }
          />
        ) : (
          <ul className="grid gap-4 md:grid-cols-2">
            {shown.map((appointment) => (
              <li key={appointment.id} className="min-w-0">
                <AppointmentCard
                  appointment={appointment}
                  cancelAction={cancelAppointmentAction}
                  actionsCopy={copy.actions}
                />
              </li>
            ))}
          </ul>
        )}
        <Pagination
          page={page.meta.page}
          pageSize={page.meta.pageSize}
          total={page.meta.total}
          hrefFor={(n) => hrefOf(tab, n)}
        />
      </section>
    </PageContainer>
  );
}
