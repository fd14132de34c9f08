import { Building2, CalendarDays, Clock, IndianRupee, Video } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import type { AppointmentDto } from "@/lib/appointments/schemas";
import { formatInr } from "@/lib/i18n/format";
import { fullDate, shortTime } from "./format";

/** Date, time, mode and fee of an appointment as an icon list. */
export function AppointmentFacts({
  appointment,
  compact = false,
}: {
  appointment: AppointmentDto;
  compact?: boolean;
}) {
  const t = useTranslations("Appointments");
  const locale = useLocale();
  const online = appointment.consultationType === "online";
  const items = [
    {
      key: "date",
      icon: <CalendarDays aria-hidden="true" />,
      label: t("facts.date"),
      value: fullDate(appointment.date, locale),
    },
    {
      key: "time",
      icon: <Clock aria-hidden="true" />,
      label: t("facts.time"),
      value: shortTime(appointment.time),
    },
    {
      key: "mode",
      icon: online ? <Video aria-hidden="true" /> : <Building2 aria-hidden="true" />,
      label: t("facts.mode"),
      value: online ? t("mode.online") : t("mode.offline"),
    },
    {
      key: "fee",
      icon: <IndianRupee aria-hidden="true" />,
      label: t("facts.fee"),
      value: formatInr(appointment.fee),
    },
  ];
  return (
    <dl className={`grid gap-x-4 gap-y-1 text-sm ${compact ? "grid-cols-2" : "sm:grid-cols-2"}`}>
      {items.map((item) => (
        <div key={item.key} className="flex items-center gap-2 text-slate-800">
          <dt className="flex items-center text-slate-500 [&>svg]:size-4">
            {item.icon}
            <span className="sr-only">{item.label}</span>
          </dt>
          <dd>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
