import Link from "next/link";
import { CalendarClock } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import type { AppointmentDto } from "@/lib/appointments/schemas";
import { fullDate } from "./format";

/** "Rescheduled to <date, time>" on the old appointment, "Rescheduled from ..." on the new one. */
export function RescheduleNote({
  direction,
  other,
}: {
  direction: "to" | "from";
  other: Pick<AppointmentDto, "id" | "date" | "time">;
}) {
  const t = useTranslations("Appointments.detail");
  const locale = useLocale();
  const when = `${fullDate(other.date, locale)}, ${other.time}`;
  return (
    <p className="flex items-center gap-2 text-sm text-slate-800">
      <CalendarClock aria-hidden="true" className="size-4 shrink-0 text-slate-500" />
      <Link
        href={`/appointments/${other.id}`}
        prefetch={false}
        className="font-semibold text-brand-800 underline-offset-2 hover:underline"
      >
        {direction === "to" ? t("rescheduledTo", { when }) : t("rescheduledFrom", { when })}
      </Link>
    </p>
  );
}
