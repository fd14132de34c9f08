import type { Metadata } from "next";
import Link from "next/link";
import { CalendarX2, Stethoscope } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { DoctorAppointmentCard } from "@/components/appointments/DoctorAppointmentCard";
import { addDays, todayInIndia } from "@/components/appointments/format";
import { buttonClass } from "@/components/appointments/styles";
import { isLive } from "@/components/appointments/timing";
import { EmptyState } from "@/components/ui/EmptyState";
import { PageHeader } from "@/components/ui/PageHeader";
import {
  listAppointmentsQuerySchema,
  type ListAppointmentsQuery,
} from "@/lib/appointments/schemas";
import { listAppointments } from "@/lib/appointments/queries";
import { requireActor } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("DoctorArea.bookings");
  return { title: t("metaTitle") };
}

const tabs = ["today", "upcoming", "past"] as const;
type Tab = (typeof tabs)[number];

function queryOf(tab: Tab, today: string): ListAppointmentsQuery {
  const base = { as: "doctor", pageSize: 50 };
  if (tab === "today")
    return listAppointmentsQuerySchema.parse({ ...base, from: today, to: today, order: "asc" });
  if (tab === "upcoming")
    return listAppointmentsQuerySchema.parse({ ...base, from: addDays(today, 1), order: "asc" });
  return listAppointmentsQuerySchema.parse({ ...base, to: addDays(today, -1), order: "desc" });
}

/**
 * D4: appointments booked with me (role doctor; anyone else gets a friendly explanation). Today /
 * Upcoming / Past as `?tab=` links; started visits get "Mark completed" / "Mark no-show" + notes.
 */
export default async function DoctorAppointmentsPage({
  searchParams,
}: {
  searchParams: Promise<{ tab?: string | string[] }>;
}) {
  const { tab: raw } = await searchParams;
  const tab: Tab = tabs.find((x) => x === raw) ?? "today";
  const actor = await requireActor(`/doctor/appointments${tab === "today" ? "" : `?tab=${tab}`}`);
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
  const page = await listAppointments(actor, queryOf(tab, todayInIndia(now)), { now });
  // Upcoming lists what still holds a slot; cancelled future visits are not work to prepare for.
  const shown = tab === "upcoming" ? page.data.filter(isLive) : page.data;

  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <nav aria-label={t("tabsLabel")} className="border-b border-slate-200">
        <ul className="flex gap-1">
          {tabs.map((key) => (
            <li key={key}>
              <Link
                href={key === "today" ? "/doctor/appointments" : `/doctor/appointments?tab=${key}`}
                prefetch={false}
                aria-current={key === tab ? "page" : undefined}
                className="-mb-px inline-flex min-h-11 items-center border-b-2 border-transparent px-4 text-sm font-semibold text-slate-600 hover:text-slate-900 aria-[current=page]:border-brand-700 aria-[current=page]:text-brand-800"
              >
                {t(`tabs.${key}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <section aria-label={t(`tabs.${tab}`)} className="mt-4">
        {shown.length === 0 ? (
          <EmptyState icon={<CalendarX2 aria-hidden="true" />} title={t(`empty.${tab}`)} />
        ) : (
          <>
            <ul className="grid gap-4 md:grid-cols-2">
              {shown.map((appointment) => (
                <li key={appointment.id} className="min-w-0">
                  <DoctorAppointmentCard appointment={appointment} now={now} />
                </li>
              ))}
            </ul>
            {page.meta.total > page.data.length ? (
              <p className="mt-4 text-sm text-slate-600">
                {t("more", { shown: page.data.length, total: page.meta.total })}
              </p>
            ) : null}
          </>
        )}
      </section>
    </>
  );
}
