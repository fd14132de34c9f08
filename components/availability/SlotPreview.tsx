import { useLocale, useTranslations } from "next-intl";
import { longDay } from "@/components/appointments/format";
import type { AvailabilityDocument } from "@/lib/availability/schemas";
import type { AppLocale } from "@/lib/i18n/config";

/** The free slots patients see over the next 7 days (the public availability computation). */
export function SlotPreview({ days }: { days: AvailabilityDocument["preview"] }) {
  const t = useTranslations("DoctorAvailability");
  const locale = useLocale() as AppLocale;
  return (
    <section aria-labelledby="preview-heading" className="space-y-2">
      <h2 id="preview-heading" className="text-lg font-semibold text-slate-900">
        {t("previewTitle")}
      </h2>
      <p className="text-sm text-slate-600">{t("previewHint")}</p>
      {days === null ? (
        <p className="text-sm text-slate-700">{t("previewUnverified")}</p>
      ) : (
        <ul className="space-y-2">
          {days.map((day) => (
            <li key={day.date} className="rounded-lg border border-slate-200 p-2 text-sm">
              <p className="font-medium text-slate-900">
                {longDay(day.date, locale)}:{" "}
                <span className="font-normal text-slate-700">
                  {day.slots.length === 0
                    ? t("previewNone")
                    : t("previewCount", { count: day.slots.length })}
                </span>
              </p>
              {day.slots.length > 0 ? (
                <p className="text-slate-700">{day.slots.map((s) => s.time).join(", ")}</p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
