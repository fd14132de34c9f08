import { useTranslations } from "next-intl";
import type { LabBookingDto } from "@/lib/lab/schemas";

const tone: Record<LabBookingDto["status"], string> = {
  booked: "bg-sky-50 text-sky-900 ring-sky-200",
  sample_collected: "bg-amber-50 text-amber-900 ring-amber-200",
  processing: "bg-violet-50 text-violet-900 ring-violet-200",
  report_ready: "bg-emerald-50 text-emerald-900 ring-emerald-200",
  cancelled: "bg-red-50 text-red-800 ring-red-200",
};

/** A booking's status as a coloured pill. */
export function LabStatusPill({ status }: { status: LabBookingDto["status"] }) {
  const t = useTranslations("Lab.bookings.status");
  return (
    <span
      className={`inline-flex rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ${tone[status]}`}
    >
      {t(status)}
    </span>
  );
}
