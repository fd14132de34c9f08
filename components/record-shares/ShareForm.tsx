import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { Card } from "@/components/ui/Card";
import { FieldError, FieldHint, SelectField, TextField } from "@/components/ui/Field";
import { buttonClass } from "@/components/ui/button-styles";
import { longDay } from "@/components/appointments/format";
import { recordShareSchema } from "@/lib/record-shares/schemas";
import { bareName } from "@/components/doctors/doctor-name";
import { specialtyText } from "./format";
import type { ShareDraft } from "./share-draft";

/** A doctor the patient may share with (listShareTargets). */
export interface ShareTargetOption {
  doctorId: string;
  name: string;
  specialty: string | null;
  appointmentDate: string;
}

/** One of my records, as a checkbox. */
export interface ShareRecordOption {
  id: string;
  title: string;
}

const purposes = recordShareSchema.shape.purpose.options;
const optionRow =
  "flex min-h-11 cursor-pointer items-center gap-3 rounded-lg border border-slate-200 bg-white px-3 py-2 has-checked:border-brand-700 has-checked:bg-brand-50";

/**
 * Step 1 of sharing: who, what, why and for how long. A GET form to this same page, so the review
 * step (the consent in plain words) is rendered by the server and works without JavaScript.
 */
export function ShareForm({
  draft,
  targets,
  records,
}: {
  draft: ShareDraft;
  targets: readonly ShareTargetOption[];
  records: readonly ShareRecordOption[];
}) {
  const t = useTranslations("recordShares");
  const locale = useLocale();
  const error = (field: ShareDraft["errors"][number]) =>
    draft.errors.includes(field) ? t(`form.errors.${field}`) : undefined;
  const recordsError = error("records");
  const purposeError = error("purpose");
  return (
    <Card as="section" flat aria-labelledby="share-form-heading" className="space-y-5">
      <h2 id="share-form-heading" className="text-lg font-semibold text-slate-900">
        {t("form.heading")}
      </h2>
      <form id="share-form" method="get" action="/records/shares" className="space-y-5" noValidate>
        <input type="hidden" name="step" value="review" />
        <SelectField
          id="share-doctor"
          name="doctor"
          label={t("form.doctor")}
          hint={t("form.doctorHint")}
          error={error("doctor")}
          defaultValue={draft.doctorId}
          required
          options={[
            { value: "", label: t("form.chooseDoctor") },
            ...targets.map((d) => {
              const date = longDay(d.appointmentDate, locale);
              const name = t("doctorName", { name: bareName(d.name) });
              const specialty = specialtyText(d.specialty, locale);
              return {
                value: d.doctorId,
                label: specialty
                  ? t("form.doctorOption", { name, specialty, date })
                  : t("form.doctorOptionNoSpecialty", { name, date }),
              };
            }),
          ]}
        />

        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-slate-800">{t("form.scope")}</legend>
          {(["all", "selected"] as const).map((scope) => (
            <label key={scope} className={optionRow}>
              <input
                type="radio"
                name="scope"
                value={scope}
                defaultChecked={draft.scope === scope}
                className="size-5 accent-brand-700"
              />
              <span className="text-sm text-slate-900">
                {t(scope === "all" ? "form.scopeAll" : "form.scopeSelected")}
              </span>
            </label>
          ))}
        </fieldset>

        <fieldset
          className="space-y-2"
          aria-describedby={`share-records-hint${recordsError ? " share-records-error" : ""}`}
          aria-invalid={recordsError ? true : undefined}
        >
          <legend className="text-sm font-medium text-slate-800">{t("form.records")}</legend>
          <FieldHint id="share-records">{t("form.recordsHint")}</FieldHint>
          {records.length === 0 ? (
            <p className="text-sm text-slate-600">
              {t("form.noRecords")}{" "}
              <Link href="/records/new" className="font-semibold text-brand-800 underline">
                {t("form.upload")}
              </Link>
            </p>
          ) : (
            <ul className="grid gap-2 sm:grid-cols-2">
              {records.map((record) => (
                <li key={record.id}>
                  <label className={optionRow}>
                    <input
                      type="checkbox"
                      name="record"
                      value={record.id}
                      defaultChecked={draft.recordIds.includes(record.id)}
                      className="size-5 accent-brand-700"
                    />
                    <span className="min-w-0 text-sm break-words text-slate-900">
                      {record.title}
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          )}
          <FieldError id="share-records" message={recordsError} />
        </fieldset>

        <fieldset
          className="space-y-2"
          aria-describedby={purposeError ? "share-purpose-error" : undefined}
        >
          <legend className="text-sm font-medium text-slate-800">{t("form.purpose")}</legend>
          <div className="flex flex-wrap gap-2">
            {purposes.map((purpose) => (
              <label key={purpose} className={optionRow}>
                <input
                  type="radio"
                  name="purpose"
                  value={purpose}
                  defaultChecked={draft.purpose === purpose}
                  className="size-5 accent-brand-700"
                />
                <span className="text-sm text-slate-900">{t(`purposes.${purpose}`)}</span>
              </label>
            ))}
          </div>
          <FieldError id="share-purpose" message={purposeError} />
        </fieldset>

        <TextField
          id="share-days"
          name="days"
          label={t("form.days")}
          hint={t("form.daysHint")}
          error={error("days")}
          type="number"
          inputMode="numeric"
          min={1}
          max={90}
          step={1}
          defaultValue={draft.days}
          className="max-w-xs"
          required
        />

        <button type="submit" className={buttonClass("primary")}>
          {t("form.review")}
        </button>
      </form>
    </Card>
  );
}
