import Link from "next/link";
import { FolderLock, Phone, Stethoscope } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { Card } from "@/components/ui/Card";
import { buttonClass } from "@/components/ui/button-styles";
import { formatDateTimeIst } from "@/components/record-shares/format";
import type { FormAction } from "@/lib/actions/result";
import type { AppointmentDto } from "@/lib/appointments/schemas";
import type { AppLocale } from "@/lib/i18n/config";
import { AppointmentFacts } from "./AppointmentFacts";
import { JoinCallLink } from "./JoinCallLink";
import { OutcomeForm, type OutcomeCopy } from "./OutcomeForm";
import { AcceptForm, ReasonForm, type AnswerCopy } from "./RequestAnswerForms";
import { StatusPill } from "./StatusPill";
import { formatPhone } from "@/lib/i18n/format";

/** The doctor's server actions and their words (the page hands them down). */
export interface DoctorCardActions {
  outcome: FormAction;
  confirm: FormAction;
  decline: FormAction;
  cancel: FormAction;
  outcomeCopy: OutcomeCopy;
  answerCopy: AnswerCopy;
}

/**
 * One appointment booked with me: patient and phone, facts, what they told me; Accept / Decline
 * while a request can be answered, Cancel (with a reason) while a confirmed one has not started,
 * and the outcome form once it started.
 */
export function DoctorAppointmentCard({
  appointment: a,
  tab,
  actions,
}: {
  appointment: AppointmentDto;
  tab: string;
  actions: DoctorCardActions;
}) {
  const t = useTranslations("DoctorArea.bookings");
  const tr = useTranslations("DoctorArea.records");
  const locale = useLocale() as AppLocale;
  const form = { appointmentId: a.id, tab, copy: actions.answerCopy };
  return (
    <Card as="article" aria-labelledby={`dappt-${a.id}`} className="space-y-3">
      <div className="flex items-start gap-3">
        <span
          aria-hidden="true"
          className="grid size-11 shrink-0 place-items-center rounded-full bg-slate-100 text-lg font-bold text-slate-700"
        >
          {a.patient.name.charAt(0).toUpperCase()}
        </span>
        <div className="min-w-0 flex-1">
          <h3 id={`dappt-${a.id}`} className="font-semibold text-slate-900">
            {a.patient.name}
          </h3>
          <p className="flex items-center gap-1 text-sm text-slate-700">
            <Phone aria-hidden="true" className="size-3.5" />
            <span className="sr-only">{t("phone")}: </span>
            {a.patient.phone ? (
              <a href={`tel:${a.patient.phone}`} className="underline">
                {formatPhone(a.patient.phone)}
              </a>
            ) : (
              t("noPhone")
            )}
          </p>
        </div>
        <StatusPill status={a.status} inProgress={a.inProgress} />
      </div>
      <AppointmentFacts appointment={a} compact />
      <dl className="space-y-1 text-sm">
        {a.chiefComplaint ? <Fact term={t("complaint")} value={a.chiefComplaint} /> : null}
        {a.symptoms ? <Fact term={t("symptoms")} value={a.symptoms} /> : null}
        {a.rejectionReason ? <Fact term={t("rejectionReason")} value={a.rejectionReason} /> : null}
        {a.cancelReason ? <Fact term={t("cancelReason")} value={a.cancelReason} /> : null}
      </dl>
      {a.doctorNotes && !a.canRecordOutcome ? (
        <p className="rounded-lg bg-slate-50 p-2 text-sm text-slate-800">
          <span className="font-medium">{t("notes")}: </span>
          {a.doctorNotes}
        </p>
      ) : null}
      {a.status === "pending" ? (
        <p className="text-sm text-amber-900">
          {a.canAnswer && a.answerBy
            ? t("answerBy", { when: formatDateTimeIst(a.answerBy, locale) })
            : t("lapsed")}
        </p>
      ) : null}
      <div className="flex flex-wrap items-start gap-2">
        {a.canAnswer ? <AcceptForm {...form} action={actions.confirm} /> : null}
        {a.canAnswer ? <ReasonForm {...form} kind="decline" action={actions.decline} /> : null}
        <JoinCallLink appointment={a} label={t("join")} />
        <Link
          href={`/doctor/appointments/${a.id}`}
          prefetch={false}
          aria-label={t("openLabel", { name: a.patient.name })}
          className={buttonClass("secondary")}
        >
          <Stethoscope aria-hidden="true" className="size-4" />
          {t("open")}
        </Link>
        <Link
          href={`/doctor/appointments/${a.id}/records`}
          prefetch={false}
          aria-label={tr("linkLabel", { name: a.patient.name })}
          className={buttonClass("secondary")}
        >
          <FolderLock aria-hidden="true" className="size-4" />
          {tr("link")}
        </Link>
        {a.status === "confirmed" && a.canCancel ? (
          <ReasonForm {...form} kind="cancel" action={actions.cancel} />
        ) : null}
        {a.canRecordOutcome ? (
          <OutcomeForm
            appointmentId={a.id}
            notes={a.doctorNotes}
            action={actions.outcome}
            copy={actions.outcomeCopy}
          />
        ) : a.upcoming && a.status === "confirmed" ? (
          <p className="text-sm text-slate-600">{t("outcome.afterStart")}</p>
        ) : null}
      </div>
    </Card>
  );
}

function Fact({ term, value }: { term: string; value: string }) {
  return (
    <div>
      <dt className="font-medium text-slate-600">{term}</dt>
      <dd className="whitespace-pre-line text-slate-900">{value}</dd>
    </div>
  );
}
