import { Search } from "lucide-react";
import { buttonClass } from "@/components/ui/button-styles";
import { labelClass } from "@/components/ui/Field";
import { Input } from "@/components/ui/Input";
import { Select, type SelectOption } from "@/components/ui/Select";

export interface FilterSelect {
  name: string;
  label: string;
  value: string;
  options: SelectOption[];
}

/** A catalogue list's search and filters: a plain GET form, so it works without JavaScript. */
export function CatalogueFilters({
  action,
  search,
  selects,
  checkbox,
  submit,
}: {
  action: string;
  search: { label: string; value: string };
  selects: FilterSelect[];
  checkbox?: { name: string; label: string; checked: boolean };
  submit: string;
}) {
  return (
    <form
      method="get"
      action={action}
      role="search"
      className="mb-6 flex flex-wrap items-end gap-3 rounded-xl border border-slate-200 bg-white p-4"
    >
      <div className="min-w-56 flex-1">
        <label htmlFor="catalogue-q" className={labelClass}>
          {search.label}
        </label>
        <Input
          id="catalogue-q"
          type="search"
          name="q"
          defaultValue={search.value}
          maxLength={100}
        />
      </div>
      {selects.map((s) => (
        <div key={s.name} className="min-w-40">
          <label htmlFor={`catalogue-${s.name}`} className={labelClass}>
            {s.label}
          </label>
          <Select
            id={`catalogue-${s.name}`}
            name={s.name}
            defaultValue={s.value}
            options={s.options}
          />
        </div>
      ))}
      {checkbox ? (
        <label className="flex min-h-11 items-center gap-2 text-sm text-slate-800">
          <input
            type="checkbox"
            name={checkbox.name}
            value="true"
            defaultChecked={checkbox.checked}
            className="size-5 accent-brand-700"
          />
          {checkbox.label}
        </label>
      ) : null}
      <button type="submit" className={buttonClass("primary")}>
        <Search aria-hidden="true" className="size-4" />
        {submit}
      </button>
    </form>
  );
}
