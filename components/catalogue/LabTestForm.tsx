"use client";

import { FormAlert } from "@/components/ui/Alert";
import { Field, FieldError, FieldHint, SelectField, TextField } from "@/components/ui/Field";
import { Textarea } from "@/components/ui/Input";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormAction } from "@/lib/actions/result";
import { labTestCategoryValues, type PackageTestDto } from "@/lib/catalogue/schemas";
import type { Copy } from "@/lib/i18n/read-copy";
import { CheckboxField } from "./CheckboxField";
import { FormSection } from "./FormSection";

type LabTestFormCopy = Copy<"AdminCatalogue">["labTestForm"];

/**
 * The lab test form (X5): adding a test or package, or editing one (`id` set). A package's
 * contents are a checklist of the single tests (`singleTests`, the test itself left out).
 */
export function LabTestForm({
  action,
  initial,
  id,
  singleTests,
  copy: t,
}: {
  action: FormAction;
  initial: Record<string, string>;
  id?: string;
  singleTests: PackageTestDto[];
  copy: LabTestFormCopy;
}) {
  const { state, pending, formProps } = useActionForm(action);
  const err = state?.fieldErrors ?? {};
  const v = state?.values ?? initial;
  const chosen = new Set((v.packageTestIds ?? "").split(",").filter(Boolean));
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
  const area = (name: string, label: string, hint?: string, maxLength = 2000) => (
    <Field id={name} label={label} hint={hint} error={err[name]} className="sm:col-span-2">
      {(control) => (
        <Textarea
          {...control}
          name={name}
          rows={3}
          maxLength={maxLength}
          defaultValue={v[name] ?? ""}
        />
      )}
    </Field>
  );
  const box = (name: string, label: string) => (
    <CheckboxField
      id={name}
      name={name}
      label={label}
      defaultChecked={v[name] === "on"}
      error={err[name]}
    />
  );
  const money = { inputMode: "decimal", required: true, maxLength: 11 };

  return (
    <form {...formProps} noValidate className="space-y-6">
      {id ? <input type="hidden" name="id" value={id} /> : null}
      <FormAlert state={state} success={t.saved} />
      <FormSection id="about" title={t.aboutHeading}>
        <div className="grid gap-4 sm:grid-cols-2">
          {text("name", t.name, { required: true, maxLength: 200 })}
          {text("code", t.code, { hint: t.codeHint, required: true, maxLength: 30 })}
          <SelectField
            id="category"
            name="category"
            label={t.category}
            defaultValue={v.category}
            error={err.category}
            options={labTestCategoryValues.map((value) => ({
              value,
              label: t.categories[value],
            }))}
          />
          {area("description", t.description)}
          {area("parameters", t.parameters, t.parametersHint, 10_000)}
        </div>
      </FormSection>
      <FormSection id="package" title={t.packageHeading}>
        {box("isPackage", t.isPackage)}
        <fieldset aria-describedby={`contents-hint${err.packageTestIds ? " contents-error" : ""}`}>
          <legend className="text-sm font-medium text-slate-800">{t.contents}</legend>
          <FieldHint id="contents">{t.contentsHint}</FieldHint>
          {singleTests.length === 0 ? (
            <p className="mt-2 text-sm text-slate-600">{t.noSingleTests}</p>
          ) : (
            <ul className="mt-2 grid max-h-80 gap-x-6 overflow-y-auto sm:grid-cols-2">
              {singleTests.map((test) => (
                <li key={test.id}>
                  <label className="flex min-h-11 items-center gap-2 text-sm text-slate-800">
                    <input
                      type="checkbox"
                      name="packageTestIds"
                      value={test.id}
                      defaultChecked={chosen.has(test.id)}
                      className="size-5 shrink-0 accent-brand-700"
                    />
                    {test.name} <span className="text-slate-600">({test.code})</span>
                  </label>
                </li>
              ))}
            </ul>
          )}
          <FieldError id="contents" message={err.packageTestIds} />
        </fieldset>
      </FormSection>
      <FormSection id="price" title={t.priceHeading}>
        <div className="grid gap-4 sm:grid-cols-2">
          {text("price", t.price, { hint: t.priceHint, ...money })}
          {text("mrp", t.mrp, money)}
        </div>
      </FormSection>
      <FormSection id="sample" title={t.sampleHeading}>
        <div className="grid gap-4 sm:grid-cols-2">
          {text("sampleType", t.sampleType, { hint: t.sampleTypeHint, maxLength: 60 })}
          {text("reportTime", t.reportTime, { hint: t.reportTimeHint, maxLength: 60 })}
        </div>
        {box("fastingRequired", t.fastingRequired)}
        {text("fastingHours", t.fastingHours, {
          hint: t.fastingHoursHint,
          type: "number",
          inputMode: "numeric",
          min: 0,
          max: 24,
          className: "sm:max-w-xs",
        })}
        <div className="grid gap-4 sm:grid-cols-2">
          {area("preparation", t.preparation, undefined, 1000)}
        </div>
        {box("homeCollection", t.homeCollection)}
        {box("isPopular", t.isPopular)}
      </FormSection>
      {id ? null : box("isActive", t.isActive)}
      <SubmitButton pending={pending} pendingText={id ? t.saving : t.creating}>
        {id ? t.save : t.create}
      </SubmitButton>
    </form>
  );
}
