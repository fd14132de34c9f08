import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AppointmentFacts } from "@/components/appointments/AppointmentFacts";
import { fullDate } from "@/components/appointments/format";
import { JoinCallLink } from "@/components/appointments/JoinCallLink";
import { StatusPill } from "@/components/appointments/StatusPill";
import { ConsultationEditor } from "@/components/consultation/ConsultationEditor";
import { PatientPanel, SharedRecordList } from "@/components/consultation/PatientPanel";
import { PrescriptionList } from "@/components/prescriptions/PrescriptionCard";
import { Alert } from "@/components/ui/Alert";
import { BackLink } from "@/components/ui/BackLink";
import { Card } from "@/components/ui/Card";
import { PageHeader } from "@/components/ui/PageHeader";
import { getAppointment } from "@/lib/appointments/queries";
import { requireActor } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import type { AppLocale } from "@/lib/i18n/config";
import { getPatientPanel } from "@/lib/prescriptions/panel";
import { listAppointmentPrescriptions } from "@/lib/prescriptions/queries";
import { getSharedRecordsForAppointment } from "@/lib/record-shares/queries";
import { isUuid } from "@/lib/validation/ids";
import { issuePrescriptionAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Consultation");
  return { title: t("metaTitle") };
}

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ issued?: string }>;
};

const orNull = <T,>(promise: Promise<T>) =>
  promise.catch((error: unknown) => {
    if (isAppError(error) && error.code === "forbidden") return null;
    throw error;
  });

/**
 * D5: one consultation. Its doctor only (anyone else 404): the appointment, the patient panel (a
 * read the patient sees in their access log), the records they share, the prescriptions issued,
 * and the editor to write one (or a correction).
 */
export default async function ConsultationPage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requireActor(`/doctor/appointments/${id}`);
  if (!isUuid(id) || actor.doctorId === null) notFound();
  const appointment = await getAppointment(actor, id).catch((error: unknown) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  if (appointment.patient.id === actor.userUuid) notFound();
  const panel = await orNull(getPatientPanel(actor, id, { door: "page" }));
  const [shared, prescriptions, t, locale, { issued }] = await Promise.all([
    panel ? getSharedRecordsForAppointment(actor, id, { door: "page" }) : null,
    listAppointmentPrescriptions(actor, id),
    getTranslations("Consultation"),
    getLocale() as Promise<AppLocale>,
    searchParams,
  ]);
  return (
    <div className="mx-auto max-w-4xl space-y-4">
      <BackLink href="/doctor/appointments" label={t("back")} />
      <PageHeader
        title={t("title", { name: appointment.patient.name })}
        subtitle={fullDate(appointment.date, locale)}
      />
      {issued === "1" ? <Alert tone="success">{t("editor.issued")}</Alert> : null}
      <Card as="section" aria-labelledby="appt-heading" className="space-y-3">
        <div className="flex items-start justify-between gap-2">
          <h2 id="appt-heading" className="text-lg font-semibold text-slate-900">
            {t("appointment.heading")}
          </h2>
          <StatusPill status={appointment.status} inProgress={appointment.inProgress} />
        </div>
        <AppointmentFacts appointment={appointment} compact />
        <JoinCallLink appointment={appointment} label={t("appointment.join")} />
      </Card>
      {panel && shared ? (
        <>
          <PatientPanel panel={panel} />
          <SharedRecordList appointmentId={id} records={shared.records} />
        </>
      ) : (
        <Alert tone="error" title={t("closed.title")}>
          <p>{t("closed.hint")}</p>
        </Alert>
      )}
      <section id="prescriptions" aria-labelledby="rx-heading" className="space-y-3">
        <h2 id="rx-heading" className="text-lg font-semibold text-slate-900">
          {t("prescriptions.heading")}
        </h2>
        <PrescriptionList prescriptions={prescriptions} />
      </section>
      {panel ? (
        <ConsultationEditor
          appointment={appointment}
          prescriptions={prescriptions}
          action={issuePrescriptionAction}
        />
      ) : null}
    </div>
  );
}
