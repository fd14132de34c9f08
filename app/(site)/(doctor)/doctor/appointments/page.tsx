import type { Metadata } from "next";
import { CalendarX2 } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { DateFilterForm } from "@/components/appointments/DateFilterForm";
import { DoctorAppointmentCard } from "@/components/appointments/DoctorAppointmentCard";
import { Alert } from "@/components/ui/Alert";
import { EmptyState } from "@/components/ui/EmptyState";
import { PageHeader } from "@/components/ui/PageHeader";
import { Pagination } from "@/components/ui/Pagination";
import { Tabs } from "@/components/ui/Tabs";
import { listAppointments } from "@/lib/appointments/queries";
import { expireStaleRequests } from "@/lib/appointments/service";
import { DEFAULT_TIMEZONE, localDateTime } from "@/lib/appointments/zoned-time";
import { requireActor } from "@/lib/auth/session";
import { copyOf } from "@/lib/i18n/copy";
import {
  confirmRequestAction,
  declineRequestAction,
  doctorCancelAction,
  updateAppointmentOutcomeAction,
} from "./actions";
import { OnlyDoctors } from "./only-doctors";
import { hrefOf, queryOf, readFilter, tabs, type Tab } from "./tabs";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("DoctorArea.bookings");
  return { title: t("metaTitle") };
}

type Params = Record<"tab" | "page" | "from" | "to" | "notice", string | string[] | undefined>;
const notices = ["accepted", "declined", "cancelled"] as const;

/**
 * D4: appointments booked with me. Requests (answer them) / Today / Upcoming / History as `?tab=`
 * links with counts, narrowed by a from/to date filter (a GET form): all without JavaScript.
 */
export default async function DoctorAppointmentsPage({
  searchParams,
}: {
  searchParams: Promise<Partial<Params>>;
}) {
  const params = await searchParams;
  // "past" was History's name before the Requests tab came: old links keep working.
  const asked = params.tab === "past" ? "history" : params.tab;
  const tab: Tab = tabs.find((x) => x === asked) ?? "requests";
  const filter = readFilter(params);
  const pageParam = typeof params.page === "string" ? params.page : undefined;
  const actor = await requireActor(hrefOf(tab, filter, Number(pageParam) || 1));
  if (actor.role !== "doctor" || actor.doctorId === null) return <OnlyDoctors />;

  const t = await getTranslations("DoctorArea.bookings");
  const now = new Date();
  const today = localDateTime(now, DEFAULT_TIMEZONE).date;
  // Requests past their deadline are closed here too, so no stale request offers "Accept".
  await expireStaleRequests(now, { doctorId: actor.doctorId });
  const [page, counts, copy] = await Promise.all([
    listAppointments(actor, queryOf(tab, today, filter, pageParam), { now }),
    Promise.all(
      tabs.map(async (key) =>
        key === tab
          ? null
          : (await listAppointments(actor, queryOf(key, today, filter, undefined, 1), { now })).meta
              .total,
      ),
    ),
    copyOf("DoctorArea"),
  ]);
  const countOf = (key: Tab, i: number) => counts[i] ?? (key === tab ? page.meta.total : 0);
  const notice = notices.find((n) => n === params.notice);
  const actions = {
    outcome: updateAppointmentOutcomeAction,
    confirm: confirmRequestAction,
    decline: declineRequestAction,
    cancel: doctorCancelAction,
    outcomeCopy: copy.bookings.outcome,
    answerCopy: copy.bookings.answer,
  };

  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      {notice ? (
        <Alert tone="success" className="mb-4">
          {t(`answer.${notice}`)}
        </Alert>
      ) : null}
      <Tabs
        label={t("tabsLabel")}
        current={tab}
        tabs={tabs.map((key, i) => ({
          key,
          href: hrefOf(key, filter),
          label: t(`tabs.${key}`, { count: countOf(key, i) }),
        }))}
      />
      <DateFilterForm
        tab={tab}
        from={filter.from}
        to={filter.to}
        errors={filter.errors}
        clearHref={hrefOf(tab)}
      />
      <section aria-label={t(`tabNames.${tab}`)} className="mt-4">
        {page.data.length === 0 ? (
          <EmptyState icon={<CalendarX2 aria-hidden="true" />} title={t(`empty.${tab}`)} />
        ) : (
          <>
            <ul className="grid gap-4 md:grid-cols-2">
              {page.data.map((appointment) => (
                <li key={appointment.id} className="min-w-0">
                  <DoctorAppointmentCard appointment={appointment} tab={tab} actions={actions} />
                </li>
              ))}
            </ul>
            <Pagination
              page={page.meta.page}
              pageSize={page.meta.pageSize}
              total={page.meta.total}
              hrefFor={(n) => hrefOf(tab, filter, n)}
            />
          </>
        )}
      </section>
    </>
  );
}
