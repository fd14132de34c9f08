import type { Metadata } from "next";
import { MapPin } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { AppointmentActions } from "@/components/appointments/AppointmentActions";
import { AppointmentFacts } from "@/components/appointments/AppointmentFacts";
import { RateForm } from "@/components/appointments/RateForm";
import { RescheduleNote } from "@/components/appointments/RescheduleNote";
import { PrescriptionList } from "@/components/prescriptions/PrescriptionCard";
import { orderPrescriptionAction } from "@/app/(site)/(patient)/pharmacy/orders/actions";
import { StatusPill } from "@/components/appointments/StatusPill";
import { bareName } from "@/components/doctors/doctor-name";
import { Alert } from "@/components/ui/Alert";
import { BackLink } from "@/components/ui/BackLink";
import { Card } from "@/components/ui/Card";
import { PageContainer } from "@/components/ui/PageContainer";
import { requireActor } from "@/lib/auth/session";
import { copyOf } from "@/lib/i18n/copy";
import { listAppointmentPrescriptions } from "@/lib/prescriptions/queries";
import { cancelAppointmentAction, rateDoctorAction } from "../actions";
import { specialtyLabel } from "@/lib/doctors/specialties";
import { clinicOf, linkedAppointment, loadAppointment } from "./appointment";
import { refundNoteFor } from "./refund-note";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ notice?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Appointments.detail");
  return { title: t("metaTitle") };
}

const notices = ["cancelled", "rescheduled"] as const;

/** One appointment (#10 detail): facts, clinic, what the patient told the doctor, notes, actions. */
export default async function AppointmentPage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requireActor(`/appointments/${id}`);
  const appointment = await loadAppointment(actor, id);
  const [t, copy, locale, { notice }, clinic, movedTo, movedFrom, prescriptions, refundNote] =
    await Promise.all([
      getTranslations("Appointments"),
      copyOf("Appointments"),
      getLocale(),
      searchParams,
      appointment.consultationType === "offline" ? clinicOf(appointment.doctor.id) : null,
      linkedAppointment(actor, appointment.rescheduledToId),
      linkedAppointment(actor, appointment.rescheduledFromId),
      listAppointmentPrescriptions(actor, id),
      appointment.canCancel ? refundNoteFor(actor, id) : undefined,
    ]);
  const name = bareName(appointment.doctor.name);
  const shownNotice = notices.find((n) => n === notice);
  const texts = [
    { key: "complaint", label: t("detail.complaint"), value: appointment.chiefComplaint },
    { key: "symptoms", label: t("detail.symptoms"), value: appointment.symptoms },
    { key: "notes", label: t("detail.doctorNotes"), value: appointment.doctorNotes },
    { key: "cancelReason", label: t("detail.cancelReason"), value: appointment.cancelReason },
    { key: "rejection", label: t("detail.rejectionReason"), value: appointment.rejectionReason },
  ].filter((x) => x.value);

  return (
    <PageContainer className="max-w-3xl">
      <BackLink href="/appointments" label={t("back")} />
      {shownNotice ? (
        <Alert tone="success" className="mb-4">
          {t(`notice.${shownNotice}`)}
        </Alert>
      ) : null}
      <Card as="article" className="space-y-4">
        <header className="flex items-start gap-3">
          <div className="min-w-0 flex-1">
            <h1 className="text-xl font-bold text-slate-900">{t("doctorName", { name })}</h1>
            <p className="text-brand-800">{specialtyLabel(appointment.doctor.specialty, locale)}</p>
          </div>
          <StatusPill status={appointment.status} inProgress={appointment.inProgress} />
        </header>
        <AppointmentFacts appointment={appointment} />
        {movedTo ? <RescheduleNote direction="to" other={movedTo} /> : null}
        {movedFrom ? <RescheduleNote direction="from" other={movedFrom} /> : null}
        {clinic ? (
          <p className="flex items-start gap-2 text-sm text-slate-800">
            <MapPin aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-slate-500" />
            <span>
              <span className="font-semibold">{clinic.name}</span>
              {clinic.address || clinic.city
                ? `, ${[clinic.address, clinic.city].filter(Boolean).join(", ")}`
                : null}
            </span>
          </p>
        ) : null}
        {texts.length > 0 ? (
          <dl className="space-y-3 border-t border-slate-100 pt-3 text-sm">
            {texts.map((x) => (
              <div key={x.key}>
                <dt className="font-medium text-slate-600">{x.label}</dt>
                <dd className="whitespace-pre-line text-slate-900">{x.value}</dd>
              </div>
            ))}
          </dl>
        ) : null}
        {appointment.status === "pending" ? (
          <p className="text-sm text-slate-600">{t("detail.pendingHint")}</p>
        ) : appointment.status === "expired" ? (
          <p className="text-sm text-slate-600">{t("detail.expiredHint")}</p>
        ) : null}
        <AppointmentActions
          appointment={appointment}
          cancelAction={cancelAppointmentAction}
          copy={copy.actions}
          refundNote={refundNote}
        />
        {appointment.canRate ? (
          <RateForm
            appointmentId={appointment.id}
            doctorId={appointment.doctor.id}
            action={rateDoctorAction}
            labels={{
              title: t("rate.title", { name }),
              legend: t("rate.legend"),
              stars: [1, 2, 3, 4, 5].map((n) => t("rate.star", { count: n })) as [
                string,
                string,
                string,
                string,
                string,
              ],
              review: t("rate.review"),
              reviewHint: t("rate.reviewHint"),
              recommend: t("rate.recommend"),
              submit: t("rate.submit"),
              submitting: t("rate.submitting"),
              thanks: t("rate.thanks"),
            }}
          />
        ) : null}
      </Card>
      {prescriptions.length > 0 ? (
        <section id="prescriptions" aria-labelledby="rx-heading" className="mt-4 space-y-3">
          <h2 id="rx-heading" className="text-lg font-semibold text-slate-900">
            {t("prescriptions")}
          </h2>
          <PrescriptionList
            prescriptions={prescriptions}
            orderAction={
              appointment.patient.id === actor.userUuid ? orderPrescriptionAction : undefined
            }
          />
        </section>
      ) : null}
    </PageContainer>
  );
}
