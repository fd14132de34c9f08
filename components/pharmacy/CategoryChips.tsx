import Link from "next/link";
import { useTranslations } from "next-intl";
import type { MedicineCategoryDto } from "@/lib/pharmacy/schemas";
import { shopHref, type ShopFilters } from "./search-params";
import { useShelfName } from "./shelf-name";

const chip = "whitespace-nowrap rounded-full border px-3 py-1 text-sm";

/** The shelves as links (the current one marked), each keeping the other filters. */
export function CategoryChips({
  filters,
  categories,
}: {
  filters: ShopFilters;
  categories: MedicineCategoryDto[];
}) {
  const t = useTranslations("Pharmacy.search");
  const shelfName = useShelfName();
  const current = filters.category?.toLowerCase();
  const link = (label: string, category: string | undefined, count?: number) => {
    const active = category?.toLowerCase() === current;
    return (
      <li key={category ?? ""}>
        <Link
          href={shopHref(filters, { category, page: undefined })}
          aria-current={active ? "page" : undefined}
          className={`${chip} ${active ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white text-slate-800 hover:bg-slate-50"}`}
        >
          {count === undefined ? label : t("chip", { category: label, count })}
        </Link>
      </li>
    );
  };
  return (
    <nav aria-label={t("shelves")}>
      <ul className="flex gap-2 overflow-x-auto pb-2">
        {link(t("allShelves"), undefined)}
        {categories.map((c) => link(shelfName(c.category), c.category, c.count))}
      </ul>
    </nav>
  );
}
