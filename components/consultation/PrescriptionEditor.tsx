"use client";

import { Plus } from "lucide-react";
import { FormAlert } from "@/components/ui/Alert";
import { buttonClass } from "@/components/ui/button-styles";
import { Field } from "@/components/ui/Field";
import { Input, Textarea } from "@/components/ui/Input";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormAction } from "@/lib/actions/result";
import { MedicineRow, type EditorCopy } from "./MedicineRow";

export interface EditorDefaults {
  rows: number;
  /** Field name -> value: the symptoms the patient gave, or the prescription being corrected. */
  values: Record<string, string>;
}

/**
 * D5's prescription form. Works without JavaScript: "Add another medicine" and a refused issue
 * post the form and the page comes back with every value in place (the action returns them).
 * An allergy match shows beside the medicine, with a box to confirm and issue anyway.
 */
export function PrescriptionEditor({
  appointmentId,
  action,
  copy,
  defaults,
  replaces,
  catalogue,
  today,
}: {
  appointmentId: string;
  action: FormAction;
  copy: EditorCopy;
  defaults: EditorDefaults;
  replaces: { id: string; number: string } | null;
  catalogue: { id: string; name: string; genericName: string | null }[];
  today: string;
}) {
  const { state, pending, formProps } = useActionForm(action);
  const e = copy.editor;
  const values = state?.values ?? defaults.values;
  const value = (name: string) => values[name];
  const rows = Math.min(20, Math.max(1, Number(values.rows ?? defaults.rows) || defaults.rows));
  const errors = state?.fieldErrors;
  return (
    <form {...formProps} className="space-y-4" noValidate>
      <input type="hidden" name="id" value={appointmentId} />
      <input type="hidden" name="rows" value={rows} />
      {replaces ? <input type="hidden" name="replaces" value={replaces.id} /> : null}
      {replaces ? (
        <p className="text-sm text-slate-700">
          {e.correctionHint.replace("{number}", replaces.number)}
        </p>
      ) : null}
      <FormAlert state={state} />
      <Field id="rx-diagnosis" label={e.diagnosis} error={errors?.diagnosis}>
        {(control) => (
          <Input
            {...control}
            name="diagnosis"
            required
            maxLength={500}
            defaultValue={value("diagnosis")}
          />
        )}
      </Field>
      <Field id="rx-symptoms" label={e.symptoms} error={errors?.symptoms}>
        {(control) => (
          <Textarea
            {...control}
            name="symptoms"
            rows={2}
            maxLength={2000}
            defaultValue={value("symptoms")}
          />
        )}
      </Field>
      <fieldset
        className="space-y-3"
        aria-describedby={errors?.items ? "rx-items-error" : undefined}
      >
        <legend className="text-base font-semibold text-slate-900">{e.medicines}</legend>
        {errors?.items ? (
          <p id="rx-items-error" className="text-sm font-medium text-red-700">
            {errors.items}
          </p>
        ) : null}
        {Array.from({ length: rows }, (_, i) => (
          <MedicineRow key={i} index={i} copy={copy} value={value} errors={errors} />
        ))}
        {rows < 20 ? (
          <button
            type="submit"
            name="intent"
            value="addRow"
            className={buttonClass("secondary")}
            formNoValidate
          >
            <Plus aria-hidden="true" className="size-4" />
            {e.addRow}
          </button>
        ) : null}
      </fieldset>
      <datalist id="medicine-catalogue" aria-label={e.catalogue}>
        {catalogue.map((m) => (
          <option key={m.id} value={m.name}>
            {m.genericName ?? undefined}
          </option>
        ))}
      </datalist>
      <Field id="rx-tests" label={e.tests} hint={e.testsHint} error={errors?.testsAdvised}>
        {(control) => (
          <Textarea
            {...control}
            name="testsAdvised"
            rows={2}
            defaultValue={value("testsAdvised")}
          />
        )}
      </Field>
      <Field id="rx-advice" label={e.advice} error={errors?.advice}>
        {(control) => (
          <Textarea
            {...control}
            name="advice"
            rows={3}
            maxLength={2000}
            defaultValue={value("advice")}
          />
        )}
      </Field>
      <Field
        id="rx-follow-up"
        label={e.followUp}
        hint={e.followUpHint}
        error={errors?.followUpDate}
      >
        {(control) => (
          <Input
            {...control}
            type="date"
            name="followUpDate"
            min={today}
            defaultValue={value("followUpDate")}
          />
        )}
      </Field>
      {values.allergy === "1" ? (
        <label className="flex items-start gap-2 rounded-lg bg-amber-50 p-3 text-sm font-medium text-amber-950">
          <input type="checkbox" name="acknowledgeAllergies" value="1" className="mt-1 size-4" />
          {e.acknowledge}
        </label>
      ) : null}
      <SubmitButton name="intent" value="issue" pending={pending} pendingText={e.issuing}>
        {e.issue}
      </SubmitButton>
    </form>
  );
}
