import { getFormatter, getTranslations } from "next-intl/server";
import type { DoctorStatsDto } from "@/lib/doctors/schemas";

const hh = (h: number) => `${String(h).padStart(2, "0")}:00`;

/** D2's Insights tab: outcome rates, weekly average, busiest hours, top reasons; no invented data. */
export async function Insights({ stats }: { stats: DoctorStatsDto }) {
  const [t, format] = await Promise.all([
    getTranslations("DoctorHome.dashboard.insights"),
    getFormatter(),
  ]);
  const pct = (v: number | null) =>
    v === null ? t("noData") : format.number(v, { style: "percent", maximumFractionDigits: 1 });
  const decided = stats.completedCount + stats.noShowCount;
  const box = "rounded-xl border border-slate-200 bg-white p-4";
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <section aria-labelledby="rates-heading" className={box}>
        <h2 id="rates-heading" className="font-semibold text-slate-900">
          {t("rates")}
        </h2>
        <dl className="mt-2 grid grid-cols-2 gap-2">
          <dt className="text-sm text-slate-600">{t("completion")}</dt>
          <dd className="font-semibold">{pct(stats.completionRate)}</dd>
          <dt className="text-sm text-slate-600">{t("noShow")}</dt>
          <dd className="font-semibold">{pct(stats.noShowRate)}</dd>
        </dl>
        {decided > 0 ? (
          <p className="mt-2 text-sm text-slate-600">{t("ratesHint", { count: decided })}</p>
        ) : null}
      </section>
      <section aria-labelledby="week-heading" className={box}>
        <h2 id="week-heading" className="font-semibold text-slate-900">
          {t("perWeek")}
        </h2>
        <p className="mt-2 text-2xl font-bold">
          {format.number(stats.averagePerWeek, { maximumFractionDigits: 1 })}
        </p>
        <p className="text-sm text-slate-600">{t("perWeekHint")}</p>
      </section>
      <section aria-labelledby="hours-heading" className={box}>
        <h2 id="hours-heading" className="font-semibold text-slate-900">
          {t("busiest")}
        </h2>
        {stats.busiestHours.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">{t("noData")}</p>
        ) : (
          <ol className="mt-2 space-y-1">
            {stats.busiestHours.map((h) => (
              <li key={h.hour} className="flex justify-between text-sm">
                <span>{t("hour", { from: hh(h.hour), to: hh((h.hour + 1) % 24) })}</span>
                <span className="text-slate-600">{t("count", { count: h.count })}</span>
              </li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="reasons-heading" className={box}>
        <h2 id="reasons-heading" className="font-semibold text-slate-900">
          {t("reasons")}
        </h2>
        {stats.topReasons.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">{t("noData")}</p>
        ) : (
          <ol className="mt-2 space-y-1">
            {stats.topReasons.map((r) => (
              <li key={r.reason} className="flex justify-between gap-3 text-sm">
                <span className="first-letter:uppercase">{r.reason}</span>
                <span className="shrink-0 text-slate-600">{t("count", { count: r.count })}</span>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
