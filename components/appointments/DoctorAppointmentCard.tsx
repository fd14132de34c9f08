import Link from "next/link";
import { FolderLock } from "lucide-react";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button-styles";
import type { FormAction } from "@/lib/actions/result";
import type { AppointmentDto } from "@/lib/appointments/schemas";
import { AppointmentFacts } from "./AppointmentFacts";
import { JoinCallLink } from "./JoinCallLink";
import { OutcomeForm, type OutcomeCopy } from "./OutcomeForm";
import { StatusPill } from "./StatusPill";
import { Card } from "@/components/ui/Card";

/** One appointment booked with me: patient, facts, what they told me, and the outcome form once started. */
export function DoctorAppointmentCard({
  appointment,
  outcomeAction,
  outcomeCopy,
}: {
  appointment: AppointmentDto;
  /** The record-outcome server action and its words (the page hands them down). */
  outcomeAction: FormAction;
  outcomeCopy: OutcomeCopy;
}) {
  const t = useTranslations("DoctorArea.bookings");
  const tr = useTranslations("DoctorArea.records");
  return (
    <Card as="article" aria-labelledby={`dappt-${appointment.id}`} className="space-y-3">
      <div className="flex items-start gap-3">
        <span
          aria-hidden="true"
          className="grid size-11 shrink-0 place-items-center rounded-full bg-slate-100 text-lg font-bold text-slate-700"
        >
          {appointment.patient.name.charAt(0).toUpperCase()}
        </span>
        <div className="min-w-0 flex-1">
          <h3 id={`dappt-${appointment.id}`} className="font-semibold text-slate-900">
            {appointment.patient.name}
          </h3>
        </div>
        <StatusPill status={appointment.status} inProgress={appointment.inProgress} />
      </div>
      <AppointmentFacts appointment={appointment} compact />
      {appointment.chiefComplaint || appointment.symptoms ? (
        <dl className="space-y-1 text-sm">
          {appointment.chiefComplaint ? (
            <div>
              <dt className="font-medium text-slate-600">{t("complaint")}</dt>
              <dd className="text-slate-900">{appointment.chiefComplaint}</dd>
            </div>
          ) : null}
          {appointment.symptoms ? (
            <div>
              <dt className="font-medium text-slate-600">{t("symptoms")}</dt>
              <dd className="whitespace-pre-line text-slate-900">{appointment.symptoms}</dd>
            </div>
          ) : null}
        </dl>
      ) : null}
      {appointment.doctorNotes && !appointment.canRecordOutcome ? (
        <p className="rounded-lg bg-slate-50 p-2 text-sm text-slate-800">
          <span className="font-medium">{t("notes")}: </span>
          {appointment.doctorNotes}
        </p>
      ) : null}
      <div className="flex flex-wrap items-start gap-2">
        <JoinCallLink appointment={appointment} label={t("join")} />
        <Link
          href={`/doctor/appointments/${appointment.id}/records`}
          prefetch={false}
          aria-label={tr("linkLabel", { name: appointment.patient.name })}
          className={buttonClass("secondary")}
        >
          <FolderLock aria-hidden="true" className="size-4" />
          {tr("link")}
        </Link>
        {appointment.canRecordOutcome ? (
          <OutcomeForm
            appointmentId={appointment.id}
            notes={appointment.doctorNotes}
            action={outcomeAction}
            copy={outcomeCopy}
          />
        ) : appointment.upcoming ? (
          <p className="text-sm text-slate-600">{t("outcome.afterStart")}</p>
        ) : null}
      </div>
    </Card>
  );
}
