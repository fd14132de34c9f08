import Link from "next/link";
import { CalendarDays } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button-styles";
import { cardClass } from "@/components/ui/Card";
import { dayParts, longDay, shortTime, slotLabel } from "@/components/appointments/format";
import type { StripDay } from "@/components/booking/strip";

/**
 * "Next available": a 14-day strip (links, `?date=`; days without free slots are shown but not
 * links) and the free times of the chosen day, each a link into the booking flow with the slot
 * preselected. Plain HTML: works without JavaScript. `check` (a symptom check to share) rides along
 * into the booking links.
 */
export function NextAvailable({
  doctorId,
  days,
  selected,
  check,
}: {
  doctorId: string;
  days: StripDay[];
  selected: string | null;
  check?: string;
}) {
  const t = useTranslations("DoctorProfile.slots");
  const locale = useLocale();
  const day = days.find((d) => d.date === selected);
  const bookHref = `/doctors/${doctorId}/book`;
  const withCheck = check ? `&check=${check}` : "";
  return (
    <section aria-labelledby="slots-title" className={cardClass}>
      <h2 id="slots-title" className="flex items-center gap-2 text-lg font-semibold text-slate-900">
        <CalendarDays aria-hidden="true" className="size-5 text-brand-700" />
        {t("title")}
      </h2>
      {days.every((d) => d.slots.length === 0) ? (
        <p className="mt-2 text-sm text-slate-600">{t("none")}</p>
      ) : (
        <>
          <nav aria-label={t("dates")} className="relative -mx-1 mt-3 overflow-x-auto pb-1">
            <ul className="flex gap-2 px-1">
              {days.map((d) => {
                const parts = dayParts(d.date, locale);
                const chip = (
                  <>
                    <span className="text-xs">{parts.weekday}</span>
                    <span className="text-lg leading-tight font-bold">{parts.day}</span>
                    <span className="text-xs">{parts.month}</span>
                  </>
                );
                const base =
                  "flex w-14 shrink-0 flex-col items-center rounded-lg border px-1 py-1.5";
                return (
                  <li key={d.date}>
                    {d.slots.length === 0 ? (
                      <span
                        className={`${base} border-slate-200 bg-slate-50 text-slate-500`}
                        title={t("dayFull")}
                      >
                        {chip}
                        <span className="sr-only">{`${longDay(d.date, locale)}: ${t("dayFull")}`}</span>
                      </span>
                    ) : (
                      <Link
                        href={`/doctors/${doctorId}?date=${d.date}${withCheck}#slots-title`}
                        scroll={false}
                        prefetch={false}
                        aria-current={d.date === selected ? "date" : undefined}
                        aria-label={t("dayWithCount", {
                          day: longDay(d.date, locale),
                          count: d.slots.length,
                        })}
                        className={`${base} border-slate-300 text-slate-800 hover:border-brand-600 aria-[current=date]:border-brand-700 aria-[current=date]:bg-brand-700 aria-[current=date]:text-white`}
                      >
                        {chip}
                      </Link>
                    )}
                  </li>
                );
              })}
            </ul>
          </nav>
          {day ? (
            <div className="mt-3">
              <h3 className="text-sm font-semibold text-slate-800">{longDay(day.date, locale)}</h3>
              <ul
                aria-label={t("times", { day: longDay(day.date, locale) })}
                className="mt-2 grid grid-cols-4 gap-2 sm:grid-cols-5 lg:grid-cols-4"
              >
                {day.slots.map((slot) => (
                  <li key={slot.time}>
                    <Link
                      href={`${bookHref}?date=${day.date}&time=${shortTime(slot.time)}${withCheck}`}
                      prefetch={false}
                      aria-label={slotLabel(day.date, slot.time, locale)}
                      className="flex min-h-11 items-center justify-center rounded-lg border border-brand-200 bg-brand-50 text-sm font-semibold text-brand-900 hover:border-brand-600"
                    >
                      {shortTime(slot.time)}
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </>
      )}
      <Link
        href={check ? `${bookHref}?check=${check}` : bookHref}
        className={buttonClass("primary", "mt-4 w-full")}
      >
        {t("book")}
      </Link>
    </section>
  );
}
