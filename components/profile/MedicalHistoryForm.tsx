"use client";

import { useState } from "react";
import { Info } from "lucide-react";
import type { FormAction } from "@/lib/actions/result";
import { bmiOf } from "@/lib/health-profile/bmi";
import type { HealthProfileDto } from "@/lib/health-profile/schemas";
import { ChipEditor } from "./ChipEditor";
import { MedicationRows } from "./MedicationRows";
import { allergyPicks, conditionPicks } from "./picks";
import { FormAlert } from "@/components/ui/Alert";
import { describedBy, FieldError, FieldHint, labelClass, TextField } from "@/components/ui/Field";
import { inputClass } from "@/components/ui/Input";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { useActionForm } from "@/components/ui/use-action-form";
import { readerOf, type Copy } from "@/lib/i18n/read-copy";

const toNumber = (value: string) => {
  const n = Number(value.replace(",", "."));
  return value.trim() !== "" && Number.isFinite(n) ? n : null;
};

/** Medical history (#12): two chip lists, medicine rows, measurements with a live BMI, blood pressure, notes. */
export function MedicalHistoryForm({
  profile,
  action,
  copy,
}: {
  profile: HealthProfileDto;
  action: FormAction;
  /** copyOf("healthProfile") */
  copy: Copy<"healthProfile">;
}) {
  const t = readerOf(copy);
  const { state, pending, formProps } = useActionForm(action);
  const err = state?.fieldErrors ?? {};
  const [height, setHeight] = useState(profile.heightCm?.toString() ?? "");
  const [weight, setWeight] = useState(profile.weightKg?.toString() ?? "");
  const bmi = bmiOf(toNumber(height), toNumber(weight));

  return (
    <form {...formProps} noValidate className="space-y-5">
      <p className="flex items-start gap-2 rounded-lg bg-sky-50 p-3 text-sm text-sky-900">
        <Info aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
        {t("info")}
      </p>
      <FormAlert state={state} success={t("saved")} />
      <ChipEditor
        copy={copy.chips}
        name="conditions"
        title={t("conditions.title")}
        emptyText={t("conditions.empty")}
        placeholder={t("conditions.placeholder")}
        picks={conditionPicks.map((key) => t(`conditions.picks.${key}`))}
        initial={profile.conditions}
        error={err.conditions}
      />
      <ChipEditor
        copy={copy.chips}
        name="allergies"
        title={t("allergies.title")}
        emptyText={t("allergies.empty")}
        placeholder={t("allergies.placeholder")}
        picks={allergyPicks.map((key) => t(`allergies.picks.${key}`))}
        initial={profile.allergies}
        error={err.allergies}
      />
      <MedicationRows
        copy={copy.medications}
        initial={profile.medications}
        error={err.medications}
      />

      <fieldset className="rounded-xl border border-slate-200 bg-white p-4">
        <legend className="px-1 text-lg font-semibold text-slate-900">
          {t("measurements.title")}
        </legend>
        <div className="mt-1 grid gap-4 sm:grid-cols-3">
          <TextField
            id="heightCm"
            name="heightCm"
            type="number"
            inputMode="decimal"
            step="0.1"
            min={30}
            max={250}
            label={t("measurements.heightCm")}
            value={height}
            onChange={(e) => setHeight(e.target.value)}
            error={err.heightCm}
          />
          <TextField
            id="weightKg"
            name="weightKg"
            type="number"
            inputMode="decimal"
            step="0.1"
            min={1}
            max={350}
            label={t("measurements.weightKg")}
            value={weight}
            onChange={(e) => setWeight(e.target.value)}
            error={err.weightKg}
          />
          <div>
            <p className={labelClass}>{t("measurements.bmi")}</p>
            <p
              aria-live="polite"
              className="mt-1 flex min-h-11 items-center rounded-lg bg-slate-50 px-3 text-lg font-semibold text-slate-900"
            >
              {bmi !== null ? (
                bmi.toFixed(1)
              ) : (
                <span className="text-sm font-normal text-slate-500">
                  {t("measurements.bmiEmpty")}
                </span>
              )}
            </p>
          </div>
          <TextField
            id="bloodPressure"
            name="bloodPressure"
            label={t("measurements.bloodPressure")}
            hint={t("measurements.bloodPressureHint")}
            placeholder="120/80"
            defaultValue={profile.bloodPressure ?? ""}
            maxLength={20}
            inputMode="numeric"
            error={err.bloodPressure}
          />
          <div className="sm:col-span-3">
            <label htmlFor="notes" className={labelClass}>
              {t("measurements.notes")}
            </label>
            <textarea
              id="notes"
              name="notes"
              rows={4}
              maxLength={2000}
              defaultValue={profile.notes ?? ""}
              aria-invalid={err.notes ? true : undefined}
              aria-describedby={describedBy("notes", true, err.notes)}
              className={inputClass}
            />
            <FieldHint id="notes">{t("measurements.notesHint")}</FieldHint>
            <FieldError id="notes" message={err.notes} />
          </div>
        </div>
      </fieldset>
      <SubmitButton pending={pending} pendingText={t("saving")}>
        {t("save")}
      </SubmitButton>
    </form>
  );
}
