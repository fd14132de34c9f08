import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { DoctorListQuery } from "@/lib/doctors/schemas";
import { specialties, specialtyLabel } from "@/lib/doctors/specialties";
import { doctorSearchHref } from "./search-params";

const pill =
  "inline-flex min-h-9 items-center whitespace-nowrap rounded-full border px-3 text-sm font-medium border-slate-300 bg-white text-slate-700 hover:border-brand-600 aria-[current=true]:border-brand-700 aria-[current=true]:bg-brand-700 aria-[current=true]:text-white";

/**
 * Horizontal row of specialty links; each keeps the other filters and goes back to page 1.
 * No prefetch: 18 links in view would cost 18 server renders per page view.
 */
export function SpecialtyPills({
  query,
  check,
}: {
  query: DoctorListQuery;
  /** A symptom check being shared: kept when the specialty changes. */
  check?: string;
}) {
  const t = useTranslations("Doctors.pills");
  const locale = useLocale();
  return (
    <nav aria-label={t("label")} className="-mx-4 overflow-x-auto px-4 scrollbar-none">
      <ul className="flex gap-2 pb-1">
        <li>
          <Link
            href={doctorSearchHref({ ...query, check }, { specialty: undefined, page: undefined })}
            aria-current={query.specialty === undefined}
            prefetch={false}
            className={pill}
          >
            {t("all")}
          </Link>
        </li>
        {specialties.map((s) => (
          <li key={s.key}>
            <Link
              href={doctorSearchHref({ ...query, check }, { specialty: s.key, page: undefined })}
              aria-current={query.specialty === s.key}
              prefetch={false}
              className={pill}
            >
              {specialtyLabel(s.key, locale)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
