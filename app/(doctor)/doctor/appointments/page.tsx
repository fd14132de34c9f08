import type { Metadata } from "next";
import Link from "next/link";
import { CalendarX2, Stethoscope } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { DoctorAppointmentCard } from "@/components/appointments/DoctorAppointmentCard";
import { Pagination } from "@/components/ui/Pagination";
import { buttonClass } from "@/components/ui/button-styles";
import { EmptyState } from "@/components/ui/EmptyState";
import { PageHeader } from "@/components/ui/PageHeader";
import { Tabs } from "@/components/ui/Tabs";
import {
  listAppointmentsQuerySchema,
  type ListAppointmentsQuery,
} from "@/lib/appointments/schemas";
import { listAppointments } from "@/lib/appointments/queries";
import { addDays, DEFAULT_TIMEZONE, localDateTime } from "@/lib/appointments/zoned-time";
import { requireActor } from "@/lib/auth/session";
import { copyOf } from "@/lib/i18n/copy";
import { updateAppointmentOutcomeAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("DoctorArea.bookings");
  return { title: t("metaTitle") };
}

const tabs = ["today", "upcoming", "past"] as const;
type Tab = (typeof tabs)[number];

const hrefOf = (tab: Tab, page = 1) => {
  const params = new URLSearchParams();
  if (tab !== "today") params.set("tab", tab);
  if (page > 1) params.set("page", String(page));
  const search = params.toString();
  return search ? `/doctor/appointments?${search}` : "/doctor/appointments";
};

// Upcoming lists what still holds a slot (`when`); cancelled future visits are not work to prepare for.
function queryOf(tab: Tab, today: string, page: string | undefined): ListAppointmentsQuery {
  const base = { as: "doctor", pageSize: 50 };
  const filters =
    tab === "today"
      ? { from: today, to: today, order: "asc" }
      : tab === "upcoming"
        ? { from: addDays(today, 1), when: "upcoming" }
        : { to: addDays(today, -1), order: "desc" };
  const parsed = listAppointmentsQuerySchema.safeParse({ ...base, ...filters, page });
  return parsed.success ? parsed.data : listAppointmentsQuerySchema.parse({ ...base, ...filters });
}

/**
 * D4: appointments booked with me (role doctor; anyone else gets a friendly explanation). Today /
 * Upcoming / Past as `?tab=` links; started visits get "Mark completed" / "Mark no-show" + notes.
 */
export default async function DoctorAppointmentsPage({
  searchParams,
}: {
  searchParams: Promise<{ tab?: string | string[]; page?: string | string[] }>;
}) {
  const { tab: raw, page: rawPage } = await searchParams;
  const tab: Tab = tabs.find((x) => x === raw) ?? "today";
  const pageParam = typeof rawPage === "string" ? rawPage : undefined;
  const actor = await requireActor(hrefOf(tab, Number(pageParam) || 1));
  const t = await getTranslations("DoctorArea.bookings");

  if (actor.role !== "doctor" || actor.doctorId === null) {
    return (
      <EmptyState
        icon={<Stethoscope aria-hidden="true" />}
        title={t("onlyDoctors.title")}
        hint={t("onlyDoctors.hint")}
        action={
          <Link href="/appointments" className={buttonClass("primary")}>
            {t("onlyDoctors.myAppointments")}
          </Link>
        }
      />
    );
  }

  const now = new Date();
  const today = localDateTime(now, DEFAULT_TIMEZONE).date;
  const [page, copy] = await Promise.all([
    listAppointments(actor, queryOf(tab, today, pageParam), { now }),
    copyOf("DoctorArea"),
  ]);
  const shown = page.data;

  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <Tabs
        label={t("tabsLabel")}
        current={tab}
        tabs={tabs.map((key) => ({ key, href: hrefOf(key), label: t(`tabs.${key}`) }))}
      />
      <section aria-label={t(`tabs.${tab}`)} className="mt-4">
        {shown.length === 0 ? (
          <EmptyState icon={<CalendarX2 aria-hidden="true" />} title={t(`empty.${tab}`)} />
        ) : (
          <>
            <ul className="grid gap-4 md:grid-cols-2">
              {shown.map((appointment) => (
                <li key={appointment.id} className="min-w-0">
                  <DoctorAppointmentCard
                    appointment={appointment}
                    outcomeAction={updateAppointmentOutcomeAction}
                    outcomeCopy={copy.bookings.outcome}
                  />
                </li>
              ))}
            </ul>
            <Pagination
              page={page.meta.page}
              pageSize={page.meta.pageSize}
              total={page.meta.total}
              hrefFor={(n) => hrefOf(tab, n)}
            />
          </>
        )}
      </section>
    </>
  );
}
