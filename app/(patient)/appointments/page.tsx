import type { Metadata } from "next";
import Link from "next/link";
import { CalendarX2, History } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { AppointmentCard } from "@/components/appointments/AppointmentCard";
import { AppointmentTabs } from "@/components/appointments/AppointmentTabs";
import { addDays, todayInIndia } from "@/components/appointments/format";
import { buttonClass } from "@/components/appointments/styles";
import { isUpcoming } from "@/components/appointments/timing";
import { EmptyState } from "@/components/ui/EmptyState";
import { PageContainer } from "@/components/ui/PageContainer";
import { PageHeader } from "@/components/ui/PageHeader";
import { listAppointmentsQuerySchema } from "@/lib/appointments/schemas";
import { listAppointments } from "@/lib/appointments/queries";
import { requireActor } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Appointments");
  return { title: t("metaTitle") };
}

const PAGE = 100;

/**
 * My appointments (#10): Upcoming (live and not over) / Past (everything else), as `?tab=` links
 * so the tabs work without JavaScript. Upcoming reads from yesterday on (clinic dates; a day of
 * slack for time zones), soonest first; Past reads everything, newest first.
 */
export default async function AppointmentsPage({
  searchParams,
}: {
  searchParams: Promise<{ tab?: string | string[] }>;
}) {
  const { tab: rawTab } = await searchParams;
  const tab = rawTab === "past" ? "past" : "upcoming";
  const actor = await requireActor(tab === "past" ? "/appointments?tab=past" : "/appointments");
  const now = new Date();
  const query =
    tab === "upcoming"
      ? listAppointmentsQuerySchema.parse({
          order: "asc",
          from: addDays(todayInIndia(), -1),
          pageSize: PAGE,
        })
      : listAppointmentsQuerySchema.parse({ order: "desc", pageSize: PAGE });
  const [t, page] = await Promise.all([
    getTranslations("Appointments"),
    listAppointments(actor, query, { now }),
  ]);
  const shown = page.data.filter((a) => isUpcoming(a, now) === (tab === "upcoming"));

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
                <AppointmentCard appointment={appointment} now={now} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </PageContainer>
  );
}
