"use client";

import { Field } from "@/components/ui/Field";
import { Input } from "@/components/ui/Input";
import { Select } from "@/components/ui/Select";
import type { Copy } from "@/lib/i18n/read-copy";
import { doseFrequencyValues, durationChoices } from "@/lib/prescriptions/schemas";

export type EditorCopy = Copy<"Consultation">;

/** One medicine line of the editor: name (catalogue suggestions), dosage, frequency, duration, ... */
export function MedicineRow({
  index,
  copy,
  value,
  errors,
}: {
  index: number;
  copy: EditorCopy;
  /** What the field held before the last submit (no JavaScript: the page comes back filled). */
  value: (field: string) => string | undefined;
  errors: Record<string, string> | undefined;
}) {
  const e = copy.editor;
  const name = (field: string) => `items.${index}.${field}`;
  const id = (field: string) => `item-${index}-${field}`;
  const error = (field: string) => errors?.[name(field)];
  return (
    <fieldset className="space-y-3 rounded-lg border border-slate-200 p-3">
      <legend className="px-1 text-sm font-semibold text-slate-800">
        {e.medicineRow.replace("{n}", String(index + 1))}
      </legend>
      <Field
        id={id("name")}
        label={e.medicine}
        hint={index === 0 ? e.medicineHint : undefined}
        error={error("medicine")}
      >
        {(control) => (
          <Input
            {...control}
            name={name("name")}
            list="medicine-catalogue"
            autoComplete="off"
            maxLength={200}
            defaultValue={value(name("name"))}
          />
        )}
      </Field>
      <div className="grid gap-3 sm:grid-cols-3">
        <Field id={id("dosage")} label={e.dosage} hint={e.dosageHint} error={error("dosage")}>
          {(control) => (
            <Input
              {...control}
              name={name("dosage")}
              maxLength={100}
              defaultValue={value(name("dosage"))}
            />
          )}
        </Field>
        <Field id={id("frequency")} label={e.frequency} error={error("frequency")}>
          {(control) => (
            <Select
              {...control}
              name={name("frequency")}
              defaultValue={value(name("frequency")) ?? "twice_daily"}
              options={doseFrequencyValues.map((f) => ({
                value: f,
                label: copy.prescriptions.frequencies[f],
              }))}
            />
          )}
        </Field>
        <Field id={id("duration")} label={e.duration} error={error("durationDays")}>
          {(control) => (
            <Select
              {...control}
              name={name("durationDays")}
              defaultValue={value(name("durationDays")) ?? "5"}
              options={durationChoices.map((d) => ({
                value: String(d),
                label: e.durations[String(d) as keyof typeof e.durations],
              }))}
            />
          )}
        </Field>
      </div>
      <div className="grid gap-3 sm:grid-cols-3">
        <Field id={id("quantity")} label={e.quantity} error={error("quantity")}>
          {(control) => (
            <Input
              {...control}
              type="number"
              inputMode="numeric"
              min={1}
              max={1000}
              name={name("quantity")}
              defaultValue={value(name("quantity"))}
            />
          )}
        </Field>
        <Field
          id={id("instructions")}
          label={e.instructions}
          hint={e.instructionsHint}
          error={error("instructions")}
          className="sm:col-span-2"
        >
          {(control) => (
            <Input
              {...control}
              name={name("instructions")}
              maxLength={500}
              defaultValue={value(name("instructions"))}
            />
          )}
        </Field>
      </div>
    </fieldset>
  );
}
