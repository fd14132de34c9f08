"use client";

import type { ReactNode } from "react";
import { FormAlert } from "@/components/ui/Alert";
import { Field, FieldError } from "@/components/ui/Field";
import { Input, Textarea } from "@/components/ui/Input";
import { Select } from "@/components/ui/Select";
import { SubmitButton } from "@/components/ui/SubmitButton";
import type { Copy } from "@/lib/i18n/read-copy";
import { bodyAreas } from "@/lib/triage/types";
import { GuestCheckResult } from "./CheckResult";
import type { CheckerAction } from "./state";
import { useCheckerForm } from "./use-checker-form";

/** The quick chips: the value sent is the English word the triage engine knows. */
export const quickChips = [
  { key: "headache", value: "headache" },
  { key: "fever", value: "fever" },
  { key: "cough", value: "cough" },
  { key: "cold", value: "cold" },
  { key: "bodyPain", value: "body pain" },
  { key: "stomachPain", value: "stomach pain" },
  { key: "nausea", value: "nausea" },
  { key: "fatigue", value: "fatigue" },
  { key: "soreThroat", value: "sore throat" },
  { key: "dizziness", value: "dizziness" },
] as const;

/**
 * The checker's input step (#3): chips as checkboxes, free text (English or Hindi), body area,
 * age and sex (prefilled for a signed-in user), duration. Errors come back from the server beside
 * each field. A signed-out emergency answer is shown here at once (the call-108 block first).
 */
export function SymptomForm({
  action,
  copy,
  defaults,
  prefilled,
  specialtyNames,
  intro,
}: {
  action: CheckerAction;
  copy: Copy<"SymptomChecker">;
  defaults: { age: string; sex: string };
  prefilled: boolean;
  /** Specialty key -> name in the user's language (for a result shown here). */
  specialtyNames: Record<string, string>;
  /** Shown above the form, and gone once a result replaces it (the call-108 block then leads). */
  intro?: ReactNode;
}) {
  const { state, pending, formProps } = useCheckerForm(action, "result-title");
  if (state?.assessment) {
    return (
      <GuestCheckResult
        assessment={state.assessment}
        copy={copy.result}
        specialtyNames={specialtyNames}
      />
    );
  }
  const f = copy.form;
  const errors = state?.fieldErrors ?? {};
  const values = state?.values;
  const chosen = new Set((values?.symptoms ?? "").split("|").filter(Boolean));
  return (
    <>
      {intro}
      <form {...formProps} noValidate className="space-y-5">
        <FormAlert state={state} />
        <fieldset
          aria-describedby={errors.symptoms ? "symptoms-hint symptoms-error" : "symptoms-hint"}
        >
          <legend className="text-sm font-medium text-slate-800">{f.chipsLegend}</legend>
          <p id="symptoms-hint" className="mt-1 text-sm text-slate-600">
            {f.chipsHint}
          </p>
          <div className="mt-2 flex flex-wrap gap-2">
            {quickChips.map((chip) => (
              <label
                key={chip.key}
                className="inline-flex min-h-11 cursor-pointer items-center gap-2 rounded-full border border-slate-300 bg-white px-4 text-sm text-slate-800 has-checked:border-brand-700 has-checked:bg-brand-50 has-checked:font-semibold has-focus-visible:outline-2 has-focus-visible:outline-brand-700"
              >
                <input
                  type="checkbox"
                  name="symptoms"
                  value={chip.value}
                  defaultChecked={chosen.has(chip.value)}
                  className="size-4 accent-brand-700"
                />
                {f.chips[chip.key]}
              </label>
            ))}
          </div>
          <FieldError id="symptoms" message={errors.symptoms} />
        </fieldset>

        <Field
          id="description"
          label={f.description}
          hint={f.descriptionHint}
          error={errors.description}
        >
          {(control) => (
            <Textarea
              name="description"
              rows={4}
              maxLength={2000}
              defaultValue={values?.description ?? ""}
              {...control}
            />
          )}
        </Field>

        <Field id="bodyArea" label={f.bodyArea} error={errors.bodyArea}>
          {(control) => (
            <Select name="bodyArea" defaultValue={values?.bodyArea ?? ""} {...control}>
              <option value="">{f.bodyAreaNone}</option>
              {bodyAreas.map((key) => (
                <option key={key} value={key}>
                  {f.bodyAreas[key]}
                </option>
              ))}
            </Select>
          )}
        </Field>

        <fieldset className="space-y-4 rounded-xl border border-slate-200 p-4">
          <legend className="px-1 text-sm font-medium text-slate-800">{f.about}</legend>
          {prefilled ? <p className="text-sm text-slate-600">{f.prefilled}</p> : null}
          <div className="grid gap-4 sm:grid-cols-3">
            <Field id="age" label={f.age} hint={f.ageHint} error={errors.age}>
              {(control) => (
                <Input
                  name="age"
                  type="number"
                  inputMode="numeric"
                  min={0}
                  max={120}
                  defaultValue={values?.age ?? defaults.age}
                  {...control}
                />
              )}
            </Field>
            <Field id="sex" label={f.sex} error={errors.sex}>
              {(control) => (
                <Select name="sex" defaultValue={values?.sex ?? defaults.sex} {...control}>
                  <option value="">{f.sexChoose}</option>
                  <option value="female">{f.sexes.female}</option>
                  <option value="male">{f.sexes.male}</option>
                  <option value="other">{f.sexes.other}</option>
                </Select>
              )}
            </Field>
            <Field
              id="durationDays"
              label={f.duration}
              hint={f.durationHint}
              error={errors.durationDays}
            >
              {(control) => (
                <Input
                  name="durationDays"
                  type="number"
                  inputMode="numeric"
                  min={0}
                  max={3650}
                  defaultValue={values?.durationDays ?? ""}
                  {...control}
                />
              )}
            </Field>
          </div>
        </fieldset>

        <SubmitButton pending={pending} pendingText={f.submitting} className="w-full sm:w-auto">
          {f.submit}
        </SubmitButton>
      </form>
    </>
  );
}
