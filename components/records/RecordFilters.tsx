import Link from "next/link";
import { Search } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/Button";
import { Input } from "@/components/ui/Input";
import { Select } from "@/components/ui/Select";
import { labelClass } from "@/components/ui/Field";
import { recordTypeSchema, type RecordType } from "@/lib/health-records/schemas";

export interface RecordFilterValues {
  type?: RecordType;
  year?: number;
  q?: string;
}

/** The list's URL for some filters (and a page): one place builds it, for chips, form and pages. */
export function recordsHref(filters: RecordFilterValues, page = 1): string {
  const params = new URLSearchParams();
  if (filters.type) params.set("type", filters.type);
  if (filters.year) params.set("year", String(filters.year));
  if (filters.q) params.set("q", filters.q);
  if (page > 1) params.set("page", String(page));
  const search = params.toString();
  return search ? `/records?${search}` : "/records";
}

const chip =
  "inline-flex min-h-11 items-center rounded-full border px-4 text-sm font-semibold whitespace-nowrap";

/**
 * Type chips (links that keep the year and search) and a GET form for search and year: the
 * whole filter works without JavaScript, and every state has its own URL.
 */
export function RecordFilters({
  filters,
  years,
}: {
  filters: RecordFilterValues;
  years: number[];
}) {
  const t = useTranslations("records");
  const chips: { key: RecordType | "all"; type?: RecordType }[] = [
    { key: "all" },
    ...recordTypeSchema.options.map((type) => ({ key: type, type })),
  ];
  return (
    <div className="space-y-4">
      <form action="/records" method="get" role="search" className="flex flex-wrap items-end gap-3">
        {filters.type ? <input type="hidden" name="type" value={filters.type} /> : null}
        <div className="min-w-48 flex-1">
          <label htmlFor="records-q" className={labelClass}>
            {t("filters.search")}
          </label>
          <Input
            id="records-q"
            name="q"
            type="search"
            defaultValue={filters.q ?? ""}
            maxLength={100}
            placeholder={t("filters.searchHint")}
          />
        </div>
        <div className="w-36">
          <label htmlFor="records-year" className={labelClass}>
            {t("filters.year")}
          </label>
          <Select
            id="records-year"
            name="year"
            defaultValue={filters.year ? String(filters.year) : ""}
            options={[
              { value: "", label: t("filters.anyYear") },
              ...years.map((y) => ({ value: String(y), label: String(y) })),
            ]}
          />
        </div>
        <Button type="submit" variant="secondary">
          <Search aria-hidden="true" className="size-4" />
          {t("filters.apply")}
        </Button>
        {filters.q || filters.year || filters.type ? (
          <Link
            href="/records"
            className="inline-flex min-h-11 items-center text-sm font-semibold text-brand-800 hover:underline"
          >
            {t("filters.clear")}
          </Link>
        ) : null}
      </form>
      <nav aria-label={t("filters.types")}>
        <ul className="scrollbar-none -mx-1 flex gap-2 overflow-x-auto px-1 pb-1">
          {chips.map(({ key, type }) => (
            <li key={key}>
              <Link
                href={recordsHref({ ...filters, type })}
                prefetch={false}
                aria-current={(filters.type ?? undefined) === type ? "page" : undefined}
                className={`${chip} border-slate-300 bg-white text-slate-700 hover:bg-slate-50 aria-[current=page]:border-brand-700 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white`}
              >
                {key === "all" ? t("filters.all") : t(`types.${key}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
