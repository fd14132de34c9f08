import { useTranslations } from "next-intl";
import { Search } from "lucide-react";
import { buttonClass } from "@/components/ui/button-styles";
import { Field } from "@/components/ui/Field";
import { Input } from "@/components/ui/Input";
import { Select } from "@/components/ui/Select";
import { labTestCategoryValues } from "@/lib/lab/schemas";

/** The catalogue's search: a plain GET form (name or measure, category). */
export function SearchForm({ q, category }: { q?: string; category?: string }) {
  const t = useTranslations("Lab");
  return (
    <form
      role="search"
      method="get"
      action="/lab-tests"
      className="grid gap-3 sm:grid-cols-[1fr_14rem_auto] sm:items-end"
    >
      <Field id="lab-q" label={t("search.label")}>
        {(control) => (
          <Input
            {...control}
            name="q"
            type="search"
            defaultValue={q}
            placeholder={t("search.placeholder")}
            maxLength={100}
          />
        )}
      </Field>
      <Field id="lab-category" label={t("search.category")}>
        {(control) => (
          <Select {...control} name="category" defaultValue={category ?? ""}>
            <option value="">{t("search.allCategories")}</option>
            {labTestCategoryValues.map((c) => (
              <option key={c} value={c}>
                {t(`categories.${c}`)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <button type="submit" className={buttonClass("secondary")}>
        <Search aria-hidden="true" className="size-4" />
        {t("search.submit")}
      </button>
    </form>
  );
}
