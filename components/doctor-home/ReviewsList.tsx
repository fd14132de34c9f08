import { MessageSquareText, Star } from "lucide-react";
import { getFormatter, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/EmptyState";
import { Pagination } from "@/components/ui/Pagination";
import type { RatingsPage } from "@/lib/ratings/queries";

/** D2's Reviews tab: patient (first name and initial), stars, text and date, paged. */
export async function ReviewsList({
  page,
  hrefFor,
}: {
  page: RatingsPage | null;
  hrefFor: (n: number) => string;
}) {
  const [t, format] = await Promise.all([
    getTranslations("DoctorHome.dashboard.reviews"),
    getFormatter(),
  ]);
  if (!page || page.data.length === 0) {
    return (
      <EmptyState
        icon={<MessageSquareText aria-hidden="true" />}
        title={t("empty")}
        hint={t("emptyHint")}
      />
    );
  }
  return (
    <>
      <ul aria-label={t("listLabel")} className="space-y-3">
        {page.data.map((r) => (
          <li key={r.id} className="rounded-xl border border-slate-200 bg-white p-4">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <span className="font-semibold text-slate-900">{r.patientName}</span>
              <span role="img" aria-label={t("stars", { rating: r.rating })} className="flex">
                {[1, 2, 3, 4, 5].map((n) => (
                  <Star
                    key={n}
                    aria-hidden="true"
                    className={`size-4 ${n <= r.rating ? "fill-amber-400 text-amber-500" : "text-slate-300"}`}
                  />
                ))}
              </span>
            </div>
            {r.review ? <p className="mt-2 text-sm text-slate-800">{r.review}</p> : null}
            <p className="mt-1 text-xs text-slate-600">
              {format.dateTime(new Date(r.createdAt), { dateStyle: "medium" })}
            </p>
          </li>
        ))}
      </ul>
      <Pagination
        page={page.meta.page}
        pageSize={page.meta.pageSize}
        total={page.meta.total}
        hrefFor={hrefFor}
      />
    </>
  );
}
