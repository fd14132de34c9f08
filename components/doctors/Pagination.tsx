import Link from "next/link";
import { ChevronLeft, ChevronRight } from "lucide-react";
import { useTranslations } from "next-intl";
import type { DoctorListQuery } from "@/lib/doctors/schemas";
import { doctorSearchHref } from "./search-params";

const button =
  "inline-flex min-h-10 items-center gap-1 rounded-lg border px-3 text-sm font-semibold";

/** Previous / next links that keep every filter, with "Page X of Y" between them. */
export function Pagination({ query, total }: { query: DoctorListQuery; total: number }) {
  const t = useTranslations("Doctors.pagination");
  const pages = Math.max(1, Math.ceil(total / query.pageSize));
  if (pages <= 1 && query.page <= 1) return null;
  const page = query.page;
  return (
    <nav aria-label={t("label")} className="mt-6 flex items-center justify-between gap-3">
      {page > 1 ? (
        <Link
          href={doctorSearchHref(query, { page: Math.min(page - 1, pages) })}
          rel="prev"
          prefetch={false}
          className={`${button} border-slate-300 bg-white text-slate-800 hover:bg-slate-50`}
        >
          <ChevronLeft aria-hidden="true" className="size-4" />
          {t("previous")}
        </Link>
      ) : (
        <span aria-hidden="true" className={`${button} border-slate-200 text-slate-500`}>
          <ChevronLeft className="size-4" />
          {t("previous")}
        </span>
      )}
      <p className="text-sm text-slate-700">{t("pageOf", { page, pages })}</p>
      {page < pages ? (
        <Link
          href={doctorSearchHref(query, { page: page + 1 })}
          rel="next"
          prefetch={false}
          className={`${button} border-slate-300 bg-white text-slate-800 hover:bg-slate-50`}
        >
          {t("next")}
          <ChevronRight aria-hidden="true" className="size-4" />
        </Link>
      ) : (
        <span aria-hidden="true" className={`${button} border-slate-200 text-slate-500`}>
          {t("next")}
          <ChevronRight className="size-4" />
        </span>
      )}
    </nav>
  );
}
