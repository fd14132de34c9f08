import type { Metadata } from "next";
import Link from "next/link";
import { CircleCheckBig } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { fullDate } from "@/components/appointments/format";
import { bareName } from "@/components/doctors/doctor-name";
import { buttonClass } from "@/components/ui/button-styles";
import { cardClass } from "@/components/ui/Card";
import { PageContainer } from "@/components/ui/PageContainer";
import { requireActor } from "@/lib/auth/session";
import { specialtyLabel } from "@/lib/doctors/specialties";
import { formatInr } from "@/lib/i18n/format";
import { clinicOf, loadAppointment } from "../appointment";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Appointments.confirmed");
  return { title: t("metaTitle") };
}

/** Appointment confirmed (#9): tick, the booking's facts, three "what next" steps, onward links. */
export default async function AppointmentConfirmedPage({ params }: Props) {
  const { id } = await params;
  const actor = await requireActor(`/appointments/${id}/confirmed`);
  const appointment = await loadAppointment(actor, id);
  const online = appointment.consultationType === "online";
  const clinic = online ? null : await clinicOf(appointment.doctor.id);
  const t = await getTranslations("Appointments.confirmed");
  const tA = await getTranslations("Appointments");
  const locale = await getLocale();
  const rows = [
    {
      term: t("doctor"),
      value: `${tA("doctorName", { name: bareName(appointment.doctor.name) })} · ${specialtyLabel(appointment.doctor.specialty, locale)}`,
    },
    { term: tA("facts.date"), value: fullDate(appointment.date, locale) },
    { term: tA("facts.time"), value: appointment.time },
    { term: tA("facts.mode"), value: online ? tA("mode.online") : tA("mode.offline") },
    clinic
      ? {
          term: t("clinic"),
          value: [clinic.name, clinic.address, clinic.city].filter(Boolean).join(", "),
        }
      : null,
    { term: t("amount"), value: formatInr(appointment.fee) },
  ].filter((r) => r !== null);
  const steps = [
    t("next.sent"),
    t("next.reminder"),
    online ? t("next.joinCall") : t("next.goToClinic"),
  ];

  return (
    <PageContainer className="max-w-2xl">
      <div className="text-center">
        <CircleCheckBig aria-hidden="true" className="mx-auto size-16 text-emerald-600" />
        <h1 className="mt-3 text-2xl font-bold text-slate-900">
          {appointment.status === "pending" ? t("titlePending") : t("title")}
        </h1>
        <p className="mt-1 text-slate-600">
          {appointment.status === "pending" ? t("subtitlePending") : t("subtitle")}
        </p>
      </div>
      <section aria-labelledby="booking-details" className={`${cardClass} mt-6`}>
        <h2 id="booking-details" className="sr-only">
          {t("details")}
        </h2>
        <dl className="divide-y divide-slate-100 text-sm">
          {rows.map((row) => (
            <div key={row.term} className="flex flex-wrap justify-between gap-x-4 py-2">
              <dt className="text-slate-600">{row.term}</dt>
              <dd className="text-right font-medium text-slate-900">{row.value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="what-next" className={`${cardClass} mt-4`}>
        <h2 id="what-next" className="text-lg font-semibold text-slate-900">
          {t("next.title")}
        </h2>
        <ol className="mt-3 space-y-3">
          {steps.map((step, i) => (
            <li key={step} className="flex gap-3 text-sm text-slate-800">
              <span
                aria-hidden="true"
                className="grid size-6 shrink-0 place-items-center rounded-full bg-brand-100 text-xs font-bold text-brand-800"
              >
                {i + 1}
              </span>
              {step}
            </li>
          ))}
        </ol>
      </section>
      <div className="mt-6 flex flex-col gap-3 sm:flex-row">
        <Link href="/appointments" className={buttonClass("primary", "flex-1")}>
          {t("myAppointments")}
        </Link>
        <Link href="/" className={buttonClass("secondary", "flex-1")}>
          {t("home")}
        </Link>
      </div>
      <p className="mt-4 text-center text-sm text-slate-600">
        {t.rich("support", {
          link: (chunks) => (
            <Link href="/help" className="font-semibold text-brand-800 underline">
              {chunks}
            </Link>
          ),
        })}
      </p>
    </PageContainer>
  );
}
