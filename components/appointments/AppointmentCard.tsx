import Link from "next/link";
import { ChevronRight } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import type { FormAction } from "@/lib/actions/result";
import type { AppointmentDto } from "@/lib/appointments/schemas";
import { specialtyLabel } from "@/lib/doctors/specialties";
import { AppointmentActions } from "./AppointmentActions";
import type { CancelCopy } from "./CancelForm";
import { AppointmentFacts } from "./AppointmentFacts";
import { StatusPill } from "./StatusPill";
import { bareName } from "@/components/doctors/doctor-name";
import { Card } from "@/components/ui/Card";

/** One of my appointments: doctor, status, facts, and the actions its flags allow. */
export function AppointmentCard({
  appointment,
  cancelAction,
  actionsCopy,
}: {
  appointment: AppointmentDto;
  cancelAction: FormAction;
  /** The page's copyOf("Appointments").actions. */
  actionsCopy: CancelCopy;
}) {
  const t = useTranslations("Appointments");
  const locale = useLocale();
  const name = bareName(appointment.doctor.name);
  return (
    <Card as="article" aria-labelledby={`appt-${appointment.id}`} className="space-y-3">
      <div className="flex items-start gap-3">
        <span
          aria-hidden="true"
          className="grid size-12 shrink-0 place-items-center rounded-full bg-brand-100 text-lg font-bold text-brand-800"
        >
          {name.charAt(0).toUpperCase()}
        </span>
        <div className="min-w-0 flex-1">
          <h3 id={`appt-${appointment.id}`} className="font-semibold text-slate-900">
            {t("doctorName", { name })}
          </h3>
          <p className="text-sm text-brand-800">
            {specialtyLabel(appointment.doctor.specialty, locale)}
          </p>
        </div>
        <StatusPill status={appointment.status} inProgress={appointment.inProgress} />
      </div>
      <AppointmentFacts appointment={appointment} compact />
      <AppointmentActions
        appointment={appointment}
        cancelAction={cancelAction}
        copy={actionsCopy}
      />
      <Link
        href={`/appointments/${appointment.id}`}
        prefetch={false}
        className="inline-flex min-h-11 items-center text-sm font-semibold text-brand-800 hover:underline"
      >
        {t("viewDetails")}
        <span className="sr-only">{`: ${t("doctorName", { name })}, ${appointment.date} ${appointment.time}`}</span>
        <ChevronRight aria-hidden="true" className="size-4" />
      </Link>
    </Card>
  );
}
