import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { SpecialtyIcon } from "@/components/doctors/SpecialtyIcon";
import { specialties, specialtyLabel, type SpecialtyKey } from "@/lib/doctors/specialties";

/** How many tiles the home page shows; the rest are one tap away in the doctor search pills. */
const TILE_COUNT = 11;

/**
 * Specialty tiles linking to the filtered doctor search, with verified-doctor counts when
 * available (`counts` is null when they could not be loaded: tiles still render without them).
 */
export function SpecialtyTiles({
  counts,
}: {
  counts: Partial<Record<SpecialtyKey, number>> | null;
}) {
  const t = useTranslations("Home.specialties");
  const locale = useLocale();
  return (
    // Columns sized so the longest label ("Gastroenterologist", ~130 px at text-xs, ~150 px at
    // text-sm) fits a tile whole: three columns at 360 px cut words in half.
    <ul className="grid grid-cols-2 gap-2 sm:grid-cols-3 sm:gap-3 md:grid-cols-4 xl:grid-cols-6">
      {specialties.slice(0, TILE_COUNT).map((s) => (
        <li key={s.key}>
          <Link
            href={`/doctors?specialty=${s.key}`}
            className="flex h-full flex-col items-center gap-1.5 rounded-xl border border-slate-200 bg-white p-3 text-center hover:border-brand-300 hover:bg-brand-50"
          >
            <span className="grid size-10 place-items-center rounded-full bg-brand-50 text-brand-700">
              <SpecialtyIcon specialty={s.key} className="size-5" />
            </span>
            <span className="text-xs leading-tight font-semibold break-words hyphens-auto text-slate-900 sm:text-sm">
              {specialtyLabel(s.key, locale)}
            </span>
            {counts ? (
              <span className="text-xs text-slate-600">
                {t("count", { count: counts[s.key] ?? 0 })}
              </span>
            ) : null}
          </Link>
        </li>
      ))}
      <li>
        <Link
          href="/doctors"
          className="flex h-full flex-col items-center justify-center gap-1 rounded-xl border border-dashed border-brand-300 bg-white p-3 text-center text-sm font-semibold text-brand-800 hover:bg-brand-50"
        >
          {t("viewAll")} →
        </Link>
      </li>
    </ul>
  );
}
