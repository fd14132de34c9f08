"use client";

import { useId, useState, useSyncExternalStore } from "react";
import { Plus, Trash2 } from "lucide-react";
import type { MedicationDto } from "@/lib/health-profile/schemas";
import { readerOf, type Copy } from "@/lib/i18n/read-copy";
import { describedBy, FieldError, FieldHint, labelClass } from "@/components/ui/Field";
import { inputClass } from "@/components/ui/Input";

const maxRows = 50;
/** Blank rows offered below the saved ones, so adding needs no JavaScript. */
const blankRows = 2;

const noSubscription = () => () => {};

type Row = { key: number; name: string; dosage: string; frequency: string };

/**
 * Current medicines as rows of three labelled inputs (name, dosage, how often), posted as
 * `medications.<n>.<field>`. Without JavaScript: the saved rows plus two blank ones, and a row
 * cleared entirely is removed on save. With it: "Add another" and a remove button per row.
 */
export function MedicationRows({
  copy,
  initial,
  error,
}: {
  /** copyOf("healthProfile").medications */
  copy: Copy<"healthProfile">["medications"];
  initial: MedicationDto[];
  error?: string;
}) {
  const t = readerOf(copy);
  const id = useId();
  const [rows, setRows] = useState<Row[]>(() =>
    [
      ...initial.map((m) => ({
        name: m.name,
        dosage: m.dosage ?? "",
        frequency: m.frequency ?? "",
      })),
      ...Array.from({ length: blankRows }, () => ({ name: "", dosage: "", frequency: "" })),
    ]
      .slice(0, maxRows)
      .map((row, key) => ({ ...row, key })),
  );
  const [nextKey, setNextKey] = useState(rows.length);
  // The add and remove buttons only work with JavaScript, so they appear once it has run.
  const enhanced = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

  const update = (key: number, field: keyof Omit<Row, "key">, value: string) =>
    setRows((all) => all.map((row) => (row.key === key ? { ...row, [field]: value } : row)));

  return (
    <fieldset
      className="rounded-xl border border-slate-200 bg-white p-4"
      aria-describedby={describedBy(`${id}-list`, true, error)}
    >
      <legend className="px-1 text-lg font-semibold text-slate-900">{t("title")}</legend>
      <FieldHint id={`${id}-list`}>{t("rowsHint")}</FieldHint>
      <FieldError id={`${id}-list`} message={error} />
      <ol className="mt-3 space-y-3">
        {rows.map((row, index) => {
          const n = index + 1;
          const field = (name: "name" | "dosage" | "frequency") => ({
            id: `${id}-${row.key}-${name}`,
            name: `medications.${index}.${name}`,
            value: row[name],
            onChange: (e: React.ChangeEvent<HTMLInputElement>) =>
              update(row.key, name, e.target.value),
            className: inputClass,
          });
          return (
            <li key={row.key}>
              <fieldset className="grid gap-2 rounded-lg bg-slate-50 p-3 sm:grid-cols-[2fr_1fr_1fr_auto] sm:items-end">
                <legend className="sr-only">{t("row", { n })}</legend>
                <div>
                  <label htmlFor={`${id}-${row.key}-name`} className={labelClass}>
                    {t("name")}
                  </label>
                  <input {...field("name")} maxLength={100} placeholder={t("namePlaceholder")} />
                </div>
                <div>
                  <label htmlFor={`${id}-${row.key}-dosage`} className={labelClass}>
                    {t("dosage")}
                  </label>
                  <input {...field("dosage")} maxLength={60} placeholder={t("dosagePlaceholder")} />
                </div>
                <div>
                  <label htmlFor={`${id}-${row.key}-frequency`} className={labelClass}>
                    {t("frequency")}
                  </label>
                  <input
                    {...field("frequency")}
                    maxLength={60}
                    placeholder={t("frequencyPlaceholder")}
                  />
                </div>
                {enhanced ? (
                  <button
                    type="button"
                    onClick={() => setRows((all) => all.filter((r) => r.key !== row.key))}
                    aria-label={t("remove", { n })}
                    className="grid size-11 place-items-center rounded-lg text-slate-700 hover:bg-slate-200"
                  >
                    <Trash2 aria-hidden="true" className="size-4" />
                  </button>
                ) : null}
              </fieldset>
            </li>
          );
        })}
      </ol>
      {enhanced && rows.length < maxRows ? (
        <button
          type="button"
          onClick={() => {
            setRows((all) => [...all, { key: nextKey, name: "", dosage: "", frequency: "" }]);
            setNextKey((k) => k + 1);
          }}
          className="mt-3 inline-flex min-h-11 items-center gap-1 rounded-lg border border-brand-700 px-3 text-sm font-semibold text-brand-800 hover:bg-brand-50"
        >
          <Plus aria-hidden="true" className="size-4" />
          {t("add")}
        </button>
      ) : null}
    </fieldset>
  );
}
