import { useTranslations } from "next-intl";
import type { LabBookingDto } from "@/lib/lab/schemas";

const steps = ["booked", "sample_collected", "processing", "report_ready"] as const;

/** The 4-step tracker booked -> collected -> processing -> ready (nothing for a cancelled one). */
export function Tracker({ status }: { status: LabBookingDto["status"] }) {
  const t = useTranslations("Lab.bookings");
  if (status === "cancelled") return null;
  const reached = steps.indexOf(status);
  return (
    <ol aria-label={t("tracker")} className="grid grid-cols-4 gap-1 text-center text-xs">
      {steps.map((step, i) => (
        <li
          key={step}
          aria-current={i === reached ? "step" : undefined}
          className={`border-t-4 pt-1 ${i <= reached ? "border-brand-700 font-semibold text-slate-900" : "border-slate-200 text-slate-500"}`}
        >
          {t(`steps.${step}`)}
        </li>
      ))}
    </ol>
  );
}
