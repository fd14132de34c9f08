import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/Button";
import { flatCardClass } from "@/components/ui/Card";
import { labelClass } from "@/components/ui/Field";
import { Select } from "@/components/ui/Select";
import { timelineKinds } from "@/lib/timeline/schemas";
import type { TimelineSearch } from "./search-params";

/**
 * Kind chips and a year: a plain GET form, so the filters live in the URL and work without
 * JavaScript. No kind ticked means every kind.
 */
export function TimelineFilters({ search, years }: { search: TimelineSearch; years: number[] }) {
  const t = useTranslations("timeline");
  const ticked = new Set(search.types ?? []);
  const filtered = ticked.size > 0 || search.year !== undefined;
  return (
    <form
      action="/records/timeline"
      method="get"
      aria-label={t("filters.heading")}
      className={`${flatCardClass} mb-6 flex flex-wrap items-end gap-4`}
    >
      <fieldset className="min-w-0 flex-1">
        <legend className={labelClass}>{t("filters.types")}</legend>
        <div className="mt-2 flex flex-wrap gap-2">
          {timelineKinds.map((kind) => (
            <label
              key={kind}
              className="inline-flex cursor-pointer items-center gap-2 rounded-full border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-800 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50 has-[:checked]:text-brand-900 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-600"
            >
              <input
                type="checkbox"
                name="types"
                value={kind}
                defaultChecked={ticked.has(kind)}
                className="size-4 accent-brand-700"
              />
              {t(`kinds.${kind}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="w-40">
        <label htmlFor="timeline-year" className={labelClass}>
          {t("filters.year")}
        </label>
        <Select
          id="timeline-year"
          name="year"
          defaultValue={search.year === undefined ? "" : String(search.year)}
          className="mt-1"
        >
          <option value="">{t("filters.anyYear")}</option>
          {years.map((year) => (
            <option key={year} value={year}>
              {year}
            </option>
          ))}
        </Select>
      </div>
      <div className="flex items-center gap-3">
        <Button type="submit">{t("filters.apply")}</Button>
        {filtered ? (
          <Link href="/records/timeline" className="text-sm text-brand-800 underline">
            {t("filters.clear")}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
