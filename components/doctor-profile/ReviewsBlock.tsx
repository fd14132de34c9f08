import { Star, ThumbsUp } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import type { RatingsPage } from "@/lib/ratings/queries";
import { formatDate, formatRating } from "@/lib/i18n/format";
import { cardClass } from "@/components/ui/Card";

function Stars({ value, label }: { value: number; label: string }) {
  return (
    <span role="img" aria-label={label} className="inline-flex">
      {[1, 2, 3, 4, 5].map((n) => (
        <Star
          key={n}
          aria-hidden="true"
          className={`size-4 ${n <= Math.round(value) ? "fill-amber-400 text-amber-500" : "text-slate-300"}`}
        />
      ))}
    </span>
  );
}

/** Reviews: average with the distribution of stars, then the newest reviews. */
export function ReviewsBlock({ ratings }: { ratings: RatingsPage }) {
  const t = useTranslations("DoctorProfile.reviews");
  const locale = useLocale();
  const { summary } = ratings;
  return (
    <section aria-labelledby="reviews-title" className={cardClass}>
      <h2 id="reviews-title" className="text-lg font-semibold text-slate-900">
        {t("title")}
      </h2>
      {summary.count === 0 ? (
        <p className="mt-2 text-sm text-slate-600">{t("empty")}</p>
      ) : (
        <>
          <div className="mt-3 flex flex-wrap items-center gap-x-6 gap-y-3">
            <div>
              <p className="text-3xl font-bold text-slate-900">
                {formatRating(summary.average, locale)}
              </p>
              <Stars
                value={summary.average}
                label={t("stars", { rating: formatRating(summary.average, locale) })}
              />
              <p className="text-sm text-slate-600">{t("count", { count: summary.count })}</p>
            </div>
            <dl className="min-w-48 flex-1 space-y-1 text-xs text-slate-700">
              {([5, 4, 3, 2, 1] as const).map((n) => (
                <div key={n} className="flex items-center gap-2">
                  <dt className="w-8 shrink-0">{t("starLabel", { count: n })}</dt>
                  <dd className="flex flex-1 items-center gap-2">
                    <span
                      aria-hidden="true"
                      className="h-2 flex-1 overflow-hidden rounded-full bg-slate-100"
                    >
                      <span
                        className="block h-full rounded-full bg-amber-400"
                        style={{ width: `${(summary.distribution[n] / summary.count) * 100}%` }}
                      />
                    </span>
                    <span className="w-6 text-right">{summary.distribution[n]}</span>
                  </dd>
                </div>
              ))}
            </dl>
          </div>
          <ul className="mt-4 divide-y divide-slate-100">
            {ratings.data.map((r) => (
              <li key={r.id} className="py-3">
                <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
                  <Stars value={r.rating} label={t("stars", { rating: r.rating })} />
                  <span className="text-sm font-semibold text-slate-900">{r.patientName}</span>
                  <span className="text-xs text-slate-500">{formatDate(r.createdAt, locale)}</span>
                </div>
                {r.review ? <p className="mt-1 text-sm text-slate-700">{r.review}</p> : null}
                {r.wouldRecommend ? (
                  <p className="mt-1 inline-flex items-center gap-1 text-xs font-medium text-emerald-800">
                    <ThumbsUp aria-hidden="true" className="size-3.5" />
                    {t("recommends")}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
