import Link from "next/link";
import { useTranslations } from "next-intl";

const button =
  "inline-flex min-h-11 items-center gap-1 rounded-lg border px-3 text-sm font-semibold";

/**
 * Previous / next links around "Page X of Y" for any paged list (the links carry the list's own
 * filters through `hrefFor`); nothing when everything fits on one page.
 */
export function Pagination({
  page,
  pageSize,
  total,
  hrefFor,
}: {
  page: number;
  pageSize: number;
  total: number;
  /** The URL of another page of the same list. */
  hrefFor: (page: number) => string;
}) {
  const t = useTranslations("Pagination");
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1 && page <= 1) return null;
  return (
    <nav aria-label={t("label")} className="mt-6 flex items-center justify-between gap-3">
      {page > 1 ? (
        <Link
          href={hrefFor(Math.min(page - 1, pages))}
          rel="prev"
          prefetch={false}
          className={`${button} icon-before icon-chevron-left border-slate-300 bg-white text-slate-800 hover:bg-slate-50`}
        >
          {t("previous")}
        </Link>
      ) : (
        <span
          aria-hidden="true"
          className={`${button} icon-before icon-chevron-left border-slate-200 text-slate-500`}
        >
          {t("previous")}
        </span>
      )}
      <p className="text-sm text-slate-700">{t("pageOf", { page, pages })}</p>
      {page < pages ? (
        <Link
          href={hrefFor(page + 1)}
          rel="next"
          prefetch={false}
          className={`${button} icon-after icon-chevron-right border-slate-300 bg-white text-slate-800 hover:bg-slate-50`}
        >
          {t("next")}
        </Link>
      ) : (
        <span
          aria-hidden="true"
          className={`${button} icon-after icon-chevron-right border-slate-200 text-slate-500`}
        >
          {t("next")}
        </span>
      )}
    </nav>
  );
}
