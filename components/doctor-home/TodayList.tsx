import Link from "next/link";
import { CalendarX2, MapPin, Video } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { StatusPill } from "@/components/appointments/StatusPill";
import { buttonClass } from "@/components/ui/button-styles";
import { EmptyState } from "@/components/ui/EmptyState";
import type { AppointmentDto } from "@/lib/appointments/schemas";

/** D2's Today tab: patient, time, mode and status, each opening the appointment. */
export async function TodayList({ appointments }: { appointments: AppointmentDto[] }) {
  const t = await getTranslations("DoctorHome.dashboard");
  if (appointments.length === 0) {
    return (
      <EmptyState
        icon={<CalendarX2 aria-hidden="true" />}
        title={t("today.empty")}
        hint={t("today.emptyHint")}
        action={
          <Link href="/doctor/appointments" className={buttonClass("secondary")}>
            {t("today.all")}
          </Link>
        }
      />
    );
  }
  return (
    <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white">
      {appointments.map((a) => {
        const Mode = a.consultationType === "online" ? Video : MapPin;
        return (
          <li key={a.id} className="flex flex-wrap items-center gap-3 p-3">
            <span className="w-14 font-mono font-semibold text-slate-900">{a.time}</span>
            <span className="min-w-0 flex-1 font-medium text-slate-900">{a.patient.name}</span>
            <span className="inline-flex items-center gap-1 text-sm text-slate-700">
              <Mode aria-hidden="true" className="size-4" />
              {t(`modes.${a.consultationType}`)}
            </span>
            <StatusPill status={a.status} inProgress={a.inProgress} />
            <Link
              href={`/doctor/appointments/${a.id}`}
              className="text-sm font-semibold text-brand-800 underline"
            >
              {t("today.open")}
              <span className="sr-only">
                : {a.patient.name}, {a.time}
              </span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
