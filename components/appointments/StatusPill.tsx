import { useTranslations } from "next-intl";
import type { AppointmentDto } from "@/lib/appointments/schemas";

const tone: Record<AppointmentDto["status"], string> = {
  pending: "bg-amber-50 text-amber-900 ring-amber-200",
  confirmed: "bg-sky-50 text-sky-900 ring-sky-200",
  rejected: "bg-red-50 text-red-800 ring-red-200",
  completed: "bg-slate-100 text-slate-700 ring-slate-200",
  cancelled: "bg-red-50 text-red-800 ring-red-200",
  no_show: "bg-slate-100 text-slate-700 ring-slate-300",
  rescheduled: "bg-slate-100 text-slate-700 ring-slate-200",
  expired: "bg-slate-100 text-slate-700 ring-slate-300",
};

/** Status as a coloured pill; "in progress" while a confirmed appointment is running. */
export function StatusPill({
  status,
  inProgress = false,
}: {
  status: AppointmentDto["status"];
  inProgress?: boolean;
}) {
  const t = useTranslations("Appointments.status");
  if (inProgress && status === "confirmed") {
    return (
      <span className="inline-flex rounded-full bg-emerald-50 px-2 py-0.5 text-xs font-semibold text-emerald-900 ring-1 ring-emerald-200">
        {t("inProgress")}
      </span>
    );
  }
  return (
    <span
      className={`inline-flex rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ${tone[status]}`}
    >
      {t(status)}
    </span>
  );
}
