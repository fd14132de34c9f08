import Link from "next/link";
import { CircleAlert } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import type { DoctorListQuery } from "@/lib/doctors/schemas";
import { specialties, specialtyLabel } from "@/lib/doctors/specialties";
import { indianLanguages } from "@/lib/i18n/config";
import { languageLabel } from "@/lib/i18n/format";
import { isDoctorSearchKey } from "./search-params";
import { flatCardClass } from "@/components/ui/Card";

const field =
  "mt-1 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 focus:border-brand-600";
const label = "block text-sm font-medium text-slate-700";
const ratingOptions = ["4.5", "4", "3.5", "3"];
const experienceOptions = [5, 10, 15, 20];

/**
 * The doctor search form: a plain GET form, so filters land in the URL (shareable) and it works
 * without JavaScript. `invalid` lists fields from the URL that failed validation and were ignored.
 */
export function DoctorFilters({
  query,
  invalid,
  cities,
  check,
}: {
  query: DoctorListQuery;
  invalid: string[];
  cities: string[];
  /** A symptom check to share (from the checker): kept through a change of filters. */
  check?: string;
}) {
  const t = useTranslations("Doctors.filters");
  const tFields = useTranslations("Doctors");
  const locale = useLocale();
  const online = query.online === undefined ? "" : String(query.online);
  const advanced = [
    query.specialty,
    query.city,
    query.language,
    query.gender,
    query.minExperience,
    query.minRating,
    query.maxFee,
    query.sort,
  ].some((v) => v !== undefined);
  const invalidNames = [
    ...new Set(invalid.map((key) => (isDoctorSearchKey(key) ? tFields(`fields.${key}`) : key))),
  ];

  return (
    <form
      action="/doctors"
      method="get"
      role="search"
      aria-label={t("heading")}
      className={`${flatCardClass} space-y-4`}
    >
      {check ? <input type="hidden" name="check" value={check} /> : null}
      {invalidNames.length > 0 ? (
        <p
          role="alert"
          className="flex items-start gap-2 rounded-lg bg-amber-50 p-3 text-sm text-amber-900"
        >
          <CircleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
          {tFields("invalid", { fields: invalidNames.join(", ") })}
        </p>
      ) : null}

      <div>
        <label htmlFor="doctor-q" className={label}>
          {t("q")}
        </label>
        <div className="relative mt-1">
          <span
            aria-hidden="true"
            className="icon-mask icon-search pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-slate-500"
          />
          <input
            id="doctor-q"
            type="search"
            name="q"
            defaultValue={query.q ?? ""}
            placeholder={t("qPlaceholder")}
            aria-describedby="doctor-q-help"
            maxLength={100}
            autoComplete="off"
            className={`${field} mt-0 pl-9`}
          />
        </div>
        <p id="doctor-q-help" className="mt-1 text-xs text-slate-600">
          {t("qHelp")}
        </p>
      </div>

      <fieldset>
        <legend className={label}>{t("type")}</legend>
        <div className="mt-1 grid grid-cols-3 rounded-lg border border-slate-300 p-0.5 text-sm">
          {[
            { value: "", text: t("typeAll") },
            { value: "true", text: t("typeOnline") },
            { value: "false", text: t("typeClinic") },
          ].map((option) => (
            <label
              key={option.value}
              className="cursor-pointer rounded-md px-2 py-1.5 text-center font-medium text-slate-700 has-checked:bg-brand-700 has-checked:text-white has-focus-visible:outline-3 has-focus-visible:outline-brand-600"
            >
              <input
                type="radio"
                name="online"
                value={option.value}
                defaultChecked={online === option.value}
                className="sr-only"
              />
              {option.text}
            </label>
          ))}
        </div>
      </fieldset>

      <details open={advanced} className="group">
        <summary className="icon-before icon-sliders-horizontal flex items-center gap-2 rounded-md py-1 text-sm font-semibold text-brand-800">
          {t("more")}
        </summary>
        <div className="mt-3 grid grid-cols-2 gap-3 lg:grid-cols-1">
          <div className="col-span-2 lg:col-span-1">
            <label htmlFor="doctor-specialty" className={label}>
              {t("specialty")}
            </label>
            <select
              id="doctor-specialty"
              name="specialty"
              defaultValue={query.specialty ?? ""}
              className={field}
            >
              <option value="">{t("anySpecialty")}</option>
              {specialties.map((s) => (
                <option key={s.key} value={s.key}>
                  {specialtyLabel(s.key, locale)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="doctor-city" className={label}>
              {t("city")}
            </label>
            <input
              id="doctor-city"
              name="city"
              list="doctor-city-options"
              defaultValue={query.city ?? ""}
              placeholder={t("cityPlaceholder")}
              maxLength={60}
              autoComplete="address-level2"
              className={field}
            />
            <datalist id="doctor-city-options">
              {cities.map((city) => (
                <option key={city} value={city} />
              ))}
            </datalist>
          </div>
          <FilterSelect
            name="language"
            label={t("language")}
            value={query.language}
            anyText={t("anyLanguage")}
            options={indianLanguages.map((l) => ({
              value: l.englishName,
              text: languageLabel(l.englishName, locale),
            }))}
          />
          <FilterSelect
            name="gender"
            label={t("gender")}
            value={query.gender}
            anyText={t("anyGender")}
            options={[
              { value: "female", text: t("genderFemale") },
              { value: "male", text: t("genderMale") },
            ]}
          />
          <FilterSelect
            name="minExperience"
            label={t("minExperience")}
            value={query.minExperience}
            anyText={t("anyExperience")}
            options={experienceOptions.map((years) => ({
              value: String(years),
              text: t("experienceOption", { years }),
            }))}
          />
          <FilterSelect
            name="minRating"
            label={t("minRating")}
            value={query.minRating}
            anyText={t("anyRating")}
            options={ratingOptions.map((rating) => ({
              value: rating,
              text: t("ratingOption", { rating }),
            }))}
          />
          <div>
            <label htmlFor="doctor-fee" className={label}>
              {t("maxFee")}
            </label>
            <input
              id="doctor-fee"
              type="number"
              name="maxFee"
              inputMode="numeric"
              min={0}
              max={100000}
              step={50}
              defaultValue={query.maxFee ?? ""}
              placeholder={t("maxFeePlaceholder")}
              className={field}
            />
          </div>
          <div className="col-span-2 lg:col-span-1">
            <label htmlFor="doctor-sort" className={label}>
              {t("sort")}
            </label>
            <select id="doctor-sort" name="sort" defaultValue={query.sort ?? ""} className={field}>
              <option value="">{t("sortDefault")}</option>
              <option value="rating">{t("sortRating")}</option>
              <option value="fee">{t("sortFee")}</option>
              <option value="experience">{t("sortExperience")}</option>
              {query.lat !== undefined && query.lng !== undefined ? (
                <option value="distance">{t("sortDistance")}</option>
              ) : null}
            </select>
          </div>
        </div>
      </details>

      {query.lat !== undefined && query.lng !== undefined ? (
        <>
          <input type="hidden" name="lat" value={query.lat} />
          <input type="hidden" name="lng" value={query.lng} />
        </>
      ) : null}

      <div className="flex items-center gap-3">
        <button
          type="submit"
          className="min-h-10 flex-1 rounded-lg bg-brand-700 px-4 text-sm font-semibold whitespace-nowrap text-white hover:bg-brand-800"
        >
          {t("apply")}
        </button>
        <Link
          href="/doctors"
          className="min-h-10 content-center rounded-lg px-2 text-sm font-semibold whitespace-nowrap text-slate-700 underline-offset-4 hover:underline"
        >
          {t("clear")}
        </Link>
      </div>
    </form>
  );
}

/** One labelled select of the form: "any" (empty, dropped from the URL) and the options. */
function FilterSelect({
  name,
  label: text,
  value,
  anyText,
  options,
}: {
  name: string;
  label: string;
  value: string | number | undefined;
  anyText: string;
  options: { value: string; text: string }[];
}) {
  const id = `doctor-${name}`;
  return (
    <div>
      <label htmlFor={id} className={label}>
        {text}
      </label>
      <select
        id={id}
        name={name}
        defaultValue={value === undefined ? "" : String(value)}
        className={field}
      >
        <option value="">{anyText}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.text}
          </option>
        ))}
      </select>
    </div>
  );
}
