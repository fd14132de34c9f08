import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/Button";
import { Field } from "@/components/ui/Field";
import { Input } from "@/components/ui/Input";
import { Select } from "@/components/ui/Select";
import type { MedicineCategoryDto } from "@/lib/pharmacy/schemas";
import type { ShopFilters } from "./search-params";
import { useShelfName } from "./shelf-name";

/** The shop's search and filters: a plain GET form, so every result page has its own URL. */
export function ShopSearchForm({
  filters,
  categories,
}: {
  filters: ShopFilters;
  categories: MedicineCategoryDto[];
}) {
  const t = useTranslations("Pharmacy.search");
  const shelfName = useShelfName();
  return (
    <form method="get" action="/pharmacy" role="search" className="space-y-3">
      <Field id="shop-q" label={t("label")} hint={t("hint")}>
        {(control) => (
          <Input
            {...control}
            type="search"
            name="q"
            defaultValue={filters.q ?? ""}
            placeholder={t("placeholder")}
            maxLength={100}
          />
        )}
      </Field>
      <div className="grid gap-3 sm:grid-cols-3">
        <Field id="shop-category" label={t("category")}>
          {(control) => (
            <Select {...control} name="category" defaultValue={filters.category ?? ""}>
              <option value="">{t("anyCategory")}</option>
              {categories.map((c) => (
                <option key={c.category} value={c.category}>
                  {shelfName(c.category)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="shop-rx" label={t("rx")}>
          {(control) => (
            <Select
              {...control}
              name="rx"
              defaultValue={filters.rx ?? ""}
              options={[
                { value: "", label: t("rxAny") },
                { value: "otc", label: t("rxOtc") },
                { value: "prescription", label: t("rxPrescription") },
              ]}
            />
          )}
        </Field>
        <Field id="shop-sort" label={t("sort")}>
          {(control) => (
            <Select
              {...control}
              name="sort"
              defaultValue={filters.sort ?? ""}
              options={[
                { value: "", label: t("sortRelevance") },
                { value: "price", label: t("sortPrice") },
                { value: "name", label: t("sortName") },
              ]}
            />
          )}
        </Field>
      </div>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <label className="flex items-center gap-2 text-sm text-slate-800">
          <input
            type="checkbox"
            name="inStock"
            value="true"
            defaultChecked={filters.inStock === "true"}
            className="size-4"
          />
          {t("inStock")}
        </label>
        <Button type="submit">{t("submit")}</Button>
      </div>
    </form>
  );
}
