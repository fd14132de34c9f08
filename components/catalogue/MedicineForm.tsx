"use client";

import { FormAlert } from "@/components/ui/Alert";
import { Field, SelectField, TextField } from "@/components/ui/Field";
import { Textarea } from "@/components/ui/Input";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormAction } from "@/lib/actions/result";
import type { Copy } from "@/lib/i18n/read-copy";
import { medicineFormValues, medicineScheduleValues } from "@/lib/pharmacy/schemas";
import { CheckboxField } from "./CheckboxField";
import { FormSection } from "./FormSection";

type MedicineFormCopy = Copy<"AdminCatalogue">["medicineForm"];

/**
 * The medicine form (X5): adding one, or editing it (`id` set). `initial` holds the values by
 * input name. Publishing is a separate toggle on the edit page, so it is only here when adding.
 */
export function MedicineForm({
  action,
  initial,
  id,
  copy: t,
}: {
  action: FormAction;
  initial: Record<string, string>;
  id?: string;
  copy: MedicineFormCopy;
}) {
  const { state, pending, formProps } = useActionForm(action);
  const err = state?.fieldErrors ?? {};
  const v = state?.values ?? initial;
  const text = (name: string, label: string, extra: Record<string, unknown> = {}) => (
    <TextField
      id={name}
      name={name}
      label={label}
      defaultValue={v[name] ?? ""}
      error={err[name]}
      {...extra}
    />
  );
  const area = (name: string, label: string) => (
    <Field id={name} label={label} error={err[name]} className="sm:col-span-2">
      {(control) => (
        <Textarea {...control} name={name} rows={3} maxLength={2000} defaultValue={v[name] ?? ""} />
      )}
    </Field>
  );
  const box = (name: string, label: string, hint?: string) => (
    <CheckboxField
      id={name}
      name={name}
      label={label}
      hint={hint}
      defaultChecked={v[name] === "on"}
      error={err[name]}
    />
  );
  const money = { inputMode: "decimal", required: true, maxLength: 11 };

  return (
    <form {...formProps} noValidate className="space-y-6">
      {id ? <input type="hidden" name="id" value={id} /> : null}
      <FormAlert state={state} success={t.saved} />
      <FormSection id="names" title={t.namesHeading}>
        <div className="grid gap-4 sm:grid-cols-2">
          {text("name", t.name, { hint: t.nameHint, required: true, maxLength: 200 })}
          {text("genericName", t.genericName, { hint: t.genericNameHint, maxLength: 200 })}
          {text("nameHi", t.nameHi, { lang: "hi", maxLength: 200 })}
          {text("manufacturer", t.manufacturer, { maxLength: 200 })}
        </div>
      </FormSection>
      <FormSection id="product" title={t.productHeading}>
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            id="form"
            name="form"
            label={t.form}
            defaultValue={v.form}
            error={err.form}
            options={medicineFormValues.map((value) => ({ value, label: t.forms[value] }))}
          />
          {text("category", t.category, { maxLength: 60 })}
          {text("strength", t.strength, { maxLength: 60 })}
          {text("packSize", t.packSize, { maxLength: 60 })}
        </div>
      </FormSection>
      <FormSection id="price" title={t.priceHeading}>
        <div className="grid gap-4 sm:grid-cols-2">
          {text("price", t.price, { hint: t.priceHint, ...money })}
          {text("mrp", t.mrp, money)}
        </div>
      </FormSection>
      <FormSection id="rules" title={t.rulesHeading}>
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            id="schedule"
            name="schedule"
            label={t.schedule}
            hint={t.scheduleHint}
            defaultValue={v.schedule}
            error={err.schedule}
            options={medicineScheduleValues.map((value) => ({ value, label: t.schedules[value] }))}
          />
          {text("maxPerOrder", t.maxPerOrder, {
            hint: t.maxPerOrderHint,
            type: "number",
            inputMode: "numeric",
            min: 1,
            max: 100,
          })}
        </div>
        {box("prescriptionRequired", t.prescriptionRequired)}
        {box("controlled", t.controlled)}
      </FormSection>
      <FormSection id="stock" title={t.stockHeading}>
        {id ? <input type="hidden" name="expectedStockQty" value={v.expectedStockQty} /> : null}
        {text("stockQty", t.stockQty, {
          hint: t.stockHint,
          type: "number",
          inputMode: "numeric",
          min: 0,
          required: true,
          className: "sm:max-w-xs",
        })}
      </FormSection>
      <FormSection id="info" title={t.infoHeading}>
        <div className="grid gap-4 sm:grid-cols-2">
          {area("description", t.description)}
          {area("usageInstructions", t.usageInstructions)}
          {area("sideEffects", t.sideEffects)}
        </div>
      </FormSection>
      {id ? null : box("isActive", t.isActive)}
      <SubmitButton pending={pending} pendingText={id ? t.saving : t.creating}>
        {id ? t.save : t.create}
      </SubmitButton>
    </form>
  );
}
