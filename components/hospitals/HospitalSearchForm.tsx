import { getTranslations } from "next-intl/server";
import { Field } from "@/components/ui/Field";
import { Input } from "@/components/ui/Input";
import { Select } from "@/components/ui/Select";
import { buttonClass } from "@/components/ui/button-styles";
import { cityCentres } from "@/lib/geo/cities";
import { copyOf } from "@/lib/i18n/copy";
import {
  departmentValues,
  facilityCategoryValues,
  facilityTypeValues,
  radiusChoices,
} from "@/lib/facilities/schemas";
import { UseMyLocation } from "./UseMyLocation";

export interface HospitalSearchValues {
  lat?: number;
  lng?: number;
  city?: string;
  radiusKm: number;
  q?: string;
  type?: string;
  category?: string;
  department?: string;
  emergency?: boolean;
  open24x7?: boolean;
}

const formId = "hospital-search";

/** The hospitals search: a GET form (works without JavaScript), plus "Use my location". */
export async function HospitalSearchForm({ values }: { values: HospitalSearchValues }) {
  const [t, copy] = await Promise.all([getTranslations("Hospitals"), copyOf("Hospitals")]);
  const check = "size-5 accent-brand-700";
  return (
    <form
      id={formId}
      method="get"
      action="/hospitals"
      role="search"
      aria-label={t("filtersTitle")}
      className="space-y-4 rounded-xl border border-slate-200 bg-white p-4"
    >
      <input type="hidden" name="lat" defaultValue={values.lat ?? ""} />
      <input type="hidden" name="lng" defaultValue={values.lng ?? ""} />
      <UseMyLocation
        formId={formId}
        citySelectId="city"
        lat={values.lat}
        lng={values.lng}
        copy={copy}
      />
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <Field id="city" label={t("city")}>
          {(control) => (
            <Select name="city" defaultValue={values.city ?? ""} {...control}>
              <option value="">{t("cityUnset")}</option>
              {cityCentres.map((c) => (
                <option key={c.name} value={c.name}>
                  {c.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="radiusKm" label={t("radius")}>
          {(control) => (
            <Select name="radiusKm" defaultValue={String(values.radiusKm)} {...control}>
              {radiusChoices.map((km) => (
                <option key={km} value={km}>
                  {t("radiusOption", { km })}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="q" label={t("q")}>
          {(control) => (
            <Input
              name="q"
              type="search"
              maxLength={100}
              defaultValue={values.q ?? ""}
              {...control}
            />
          )}
        </Field>
        <Field id="type" label={t("type")}>
          {(control) => (
            <Select name="type" defaultValue={values.type ?? ""} {...control}>
              <option value="">{t("anyType")}</option>
              {facilityTypeValues.map((v) => (
                <option key={v} value={v}>
                  {t(`types.${v}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="category" label={t("category")}>
          {(control) => (
            <Select name="category" defaultValue={values.category ?? ""} {...control}>
              <option value="">{t("anyCategory")}</option>
              {facilityCategoryValues.map((v) => (
                <option key={v} value={v}>
                  {t(`categories.${v}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="department" label={t("department")}>
          {(control) => (
            <Select name="department" defaultValue={values.department ?? ""} {...control}>
              <option value="">{t("anyDepartment")}</option>
              {departmentValues.map((v) => (
                <option key={v} value={v}>
                  {t(`departments.${v}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>
      <div className="flex flex-wrap gap-6">
        <label className="inline-flex min-h-11 items-center gap-2 text-slate-900">
          <input
            type="checkbox"
            name="emergency"
            value="true"
            defaultChecked={values.emergency}
            className={check}
          />
          {t("emergency")}
        </label>
        <label className="inline-flex min-h-11 items-center gap-2 text-slate-900">
          <input
            type="checkbox"
            name="open24x7"
            value="true"
            defaultChecked={values.open24x7}
            className={check}
          />
          {t("open24x7")}
        </label>
      </div>
      <button type="submit" className={buttonClass("primary")}>
        {t("search")}
      </button>
    </form>
  );
}
