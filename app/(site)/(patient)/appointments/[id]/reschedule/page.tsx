import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { fullDate } from "@/components/appointments/format";
import { bareName } from "@/components/doctors/doctor-name";
import { cardClass } from "@/components/ui/Card";
import { dayOptions } from "@/components/booking/labels";
import { RescheduleForm } from "@/components/booking/RescheduleForm";
import { slotsOf } from "@/components/booking/SlotPicker";
import { stripDays } from "@/components/booking/strip";
import { BackLink } from "@/components/ui/BackLink";
import { PageContainer } from "@/components/ui/PageContainer";
import { PageHeader } from "@/components/ui/PageHeader";
import { getAvailability } from "@/lib/appointments/availability";
import { requireActor } from "@/lib/auth/session";
import { copyOf } from "@/lib/i18n/copy";
import { rescheduleAppointmentAction } from "../../actions";
import { loadAppointment } from "../appointment";

type Props = {
  params: Promise<{ id: string }>;
  /** `?date=` from the date strip's GET form: the day whose times are shown (used without JS). */
  searchParams: Promise<{ date?: string | string[] }>;
};

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Appointments.reschedule");
  return { title: t("metaTitle") };
}

/** Reschedule: the doctor's next 14 days again, same consultation type; the old slot is freed. */
export default async function ReschedulePage({ params, searchParams }: Props) {
  const [{ id }, { date: asked }] = await Promise.all([params, searchParams]);
  const actor = await requireActor(`/appointments/${id}/reschedule`);
  const appointment = await loadAppointment(actor, id);
  const t = await getTranslations("Appointments.reschedule");
  const tA = await getTranslations("Appointments");
  const locale = await getLocale();
  const current = t("current", {
    date: fullDate(appointment.date, locale),
    time: appointment.time,
  });
  const header = (
    <>
      <BackLink href={`/appointments/${id}`} label={t("back")} />
      <PageHeader
        title={t("title")}
        subtitle={`${tA("doctorName", { name: bareName(appointment.doctor.name) })} · ${current}`}
      />
    </>
  );

  if (!appointment.canReschedule) {
    return (
      <PageContainer className="max-w-3xl">
        {header}
        <p className={`${cardClass} text-slate-700`}>{t("notAllowed")}</p>
      </PageContainer>
    );
  }

  const [availability, copy] = await Promise.all([
    getAvailability(appointment.doctor.id),
    copyOf("Appointments"),
  ]);
  const days = dayOptions(stripDays(availability.from, 14, availability.days), locale);
  // The asked-for day when it has a free slot in this mode, else the first day that has one.
  const open = days.filter((d) => slotsOf(d, appointment.consultationType).length > 0);
  const date = (open.find((d) => d.date === asked) ?? open[0])?.date ?? "";
  return (
    <PageContainer className="max-w-3xl">
      {header}
      <p className="mb-4 text-sm text-slate-600">{t("hint")}</p>
      <RescheduleForm
        appointmentId={appointment.id}
        mode={appointment.consultationType}
        days={days}
        date={date}
        action={rescheduleAppointmentAction}
        copy={copy.reschedule}
      />
    </PageContainer>
  );
}
