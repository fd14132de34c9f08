import Link from "next/link";
import { UserRoundSearch } from "lucide-react";
import { useTranslations } from "next-intl";
import type { Page } from "@/lib/api/pagination";
import type { DoctorListQuery, DoctorSummaryDto } from "@/lib/doctors/schemas";
import { parseSearchText } from "@/lib/doctors/search-query";
import { EmptyState } from "@/components/ui/EmptyState";
import { DoctorCard } from "./DoctorCard";
import { Pagination } from "@/components/ui/Pagination";
import { doctorSearchHref, hasFilters } from "./search-params";
import { flatCardClass } from "@/components/ui/Card";

/** Result count, cards, pagination; empty, past-the-end and load-error (`result` null) states. */
export function DoctorResults({
  query,
  result,
  check,
}: {
  query: DoctorListQuery;
  result: Page<DoctorSummaryDto> | null;
  /** A symptom check to share (from the checker's "Book" button), carried into the cards. */
  check?: string;
}) {
  const t = useTranslations("Doctors");
  const tHome = useTranslations("Home.featured");
  if (result === null) {
    return (
      <p
        role="alert"
        className="rounded-xl border border-red-200 bg-red-50 p-4 text-sm text-red-900"
      >
        {t.rich("loadError", {
          link: (chunks) => (
            <Link href={doctorSearchHref({ ...query, check })} className="font-semibold underline">
              {chunks}
            </Link>
          ),
        })}
      </p>
    );
  }

  const { data, meta } = result;
  // "near me" without a point is left out of the search: say so, and how to give one.
  const needsLocation =
    query.q !== undefined &&
    (query.lat === undefined || query.lng === undefined) &&
    parseSearchText(query.q).nearMe;
  return (
    <div>
      {needsLocation ? (
        <p className="mb-3 rounded-lg bg-amber-50 p-3 text-sm text-amber-900">
          {t.rich("nearMeNeedsLocation", {
            link: (chunks) => (
              <Link
                href={doctorSearchHref(query, {}, "/doctors/map")}
                className="font-semibold underline"
              >
                {chunks}
              </Link>
            ),
          })}
        </p>
      ) : null}
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <p role="status" aria-live="polite" className="text-sm font-semibold text-slate-700">
          {t("found", { count: meta.total })}
        </p>
        {data.length > 0 ? (
          <Link
            href={doctorSearchHref(query, {}, "/doctors/map")}
            className="icon-before icon-map inline-flex min-h-10 items-center gap-1.5 rounded-lg px-2 text-sm font-semibold text-brand-800 underline-offset-4 hover:underline"
          >
            {t("showOnMap")}
          </Link>
        ) : null}
      </div>
      {data.length > 0 ? (
        // Cards further down skip layout and paint until they near the viewport: on a slow
        // phone the list's layout and paint cost a third less (docs/performance.md). That
        // containment clips what overflows each item, so the gap is padding that leaves the
        // card's shadow room inside it (-m-2 keeps the old edges).
        <ul className="-m-2 grid grid-cols-1 md:grid-cols-2">
          {data.map((doctor) => (
            <li
              key={doctor.id}
              className="min-w-0 p-2 [contain-intrinsic-size:auto_15rem] [content-visibility:auto] [&>article]:h-full"
            >
              <DoctorCard doctor={doctor} headingLevel={2} check={check} />
            </li>
          ))}
        </ul>
      ) : meta.total > 0 ? (
        <p className={`${flatCardClass} text-sm text-slate-700`}>
          {t("pastEnd")}{" "}
          <Link
            href={doctorSearchHref({ ...query, check }, { page: undefined })}
            className="font-semibold text-brand-800 underline"
          >
            {t("firstPage")}
          </Link>
        </p>
      ) : hasFilters(query) ? (
        <EmptyState
          icon={<UserRoundSearch aria-hidden="true" />}
          title={t("empty.title")}
          hint={t("empty.hint")}
          action={
            <Link
              href="/doctors"
              className="inline-flex min-h-10 items-center rounded-lg bg-brand-700 px-4 text-sm font-semibold text-white hover:bg-brand-800"
            >
              {t("empty.clear")}
            </Link>
          }
        />
      ) : (
        <EmptyState icon={<UserRoundSearch aria-hidden="true" />} title={tHome("empty")} />
      )}
      <Pagination
        page={query.page}
        pageSize={query.pageSize}
        total={meta.total}
        hrefFor={(page) => doctorSearchHref({ ...query, check }, { page })}
      />
    </div>
  );
}
