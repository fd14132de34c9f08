"use client";

import Link from "next/link";
import { useState, type ReactNode } from "react";
import type { FormAction } from "@/lib/actions/result";
import { bloodGroupValues, type HealthProfileDto } from "@/lib/health-profile/schemas";
import { genderValues } from "@/lib/validation/enums";
import { FormAlert } from "@/components/ui/Alert";
import { describedBy, FieldError, labelClass, TextField } from "@/components/ui/Field";
import { inputClass } from "@/components/ui/Input";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { useActionForm } from "@/components/ui/use-action-form";
import { onboardingConditionPicks } from "./picks";
import type { Copy } from "@/lib/i18n/read-copy";

/** The texts the onboarding steps show, in the user's language (see copyOf). */
export interface OnboardingCopy {
  onboarding: Copy<"onboarding">;
  profile: Copy<"profile">;
  healthProfile: Copy<"healthProfile">;
}

// "unknown" is offered last, with its own label.
const bloodGroups = bloodGroupValues.filter((g) => g !== "unknown");
const local = (phone: string | null) => (phone ? phone.replace(/^\+91/, "") : "");

function StepHeading({ title, text }: { title: string; text: string }) {
  return (
    <div className="mb-5">
      <h1 className="text-2xl font-bold text-slate-900">{title}</h1>
      <p className="mt-1 text-slate-700">{text}</p>
    </div>
  );
}

/** A group of radio buttons drawn as a grid of toggle tiles (keyboard: arrows move, space picks). */
function TileRadios({
  name,
  legend,
  options,
  defaultValue,
  error,
  columns,
}: {
  name: string;
  legend: string;
  options: { value: string; label: ReactNode }[];
  defaultValue: string;
  error?: string;
  columns: string;
}) {
  const id = `onboarding-${name}`;
  return (
    <fieldset aria-describedby={describedBy(id, undefined, error)}>
      <legend className={labelClass}>{legend}</legend>
      <div className={`mt-2 grid gap-2 ${columns}`}>
        {options.map((o) => (
          <label
            key={o.value}
            className="flex min-h-11 cursor-pointer items-center justify-center rounded-lg border border-slate-300 bg-white px-2 text-center font-semibold text-slate-800 has-checked:border-brand-700 has-checked:bg-brand-700 has-checked:text-white has-focus-visible:outline-3 has-focus-visible:outline-brand-600"
          >
            <input
              type="radio"
              name={name}
              value={o.value}
              defaultChecked={defaultValue === o.value}
              className="sr-only"
            />
            {o.label}
          </label>
        ))}
      </div>
      <FieldError id={id} message={error} />
    </fieldset>
  );
}

/** Step 2: age, gender, city, emergency contact. */
export function BasicInfoStep({
  profile,
  action,
  copy,
}: {
  profile: HealthProfileDto;
  action: FormAction;
  copy: OnboardingCopy;
}) {
  const t = copy.onboarding.basic;
  const tp = copy.profile;
  const { state, pending, formProps } = useActionForm(action);
  const err = state?.fieldErrors ?? {};
  return (
    <form {...formProps} noValidate className="space-y-5">
      <StepHeading title={t.title} text={t.text} />
      <FormAlert state={state} />
      <TextField
        id="age"
        name="age"
        type="number"
        inputMode="numeric"
        min={0}
        max={120}
        label={t.age}
        hint={t.ageHint}
        defaultValue={profile.age ?? ""}
        error={err.age}
      />
      <TileRadios
        name="gender"
        legend={tp.fields.gender}
        defaultValue={profile.gender ?? ""}
        error={err.gender}
        columns="grid-cols-3"
        options={genderValues.map((g) => ({
          value: g,
          label: tp.genders[g],
        }))}
      />
      <TextField
        id="city"
        name="city"
        label={tp.fields.city}
        defaultValue={profile.city ?? ""}
        maxLength={60}
        autoComplete="address-level2"
        error={err.city}
      />
      <TextField
        id="emergencyContact"
        name="emergencyContact"
        type="tel"
        inputMode="tel"
        label={tp.fields.emergencyContact}
        hint={tp.fields.emergencyContactHint}
        defaultValue={local(profile.emergencyContact)}
        maxLength={20}
        error={err.emergencyContact}
      />
      <SubmitButton pending={pending} pendingText={t.saving} className="w-full">
        {t.next}
      </SubmitButton>
    </form>
  );
}

/** Step 3: blood group, common conditions ("None of these" clears them), allergies as text. */
export function HealthInfoStep({
  profile,
  action,
  copy,
}: {
  profile: HealthProfileDto;
  action: FormAction;
  copy: OnboardingCopy;
}) {
  const t = copy.onboarding.health;
  const th = copy.healthProfile;
  const tp = copy.profile;
  const { state, pending, formProps } = useActionForm(action);
  const err = state?.fieldErrors ?? {};
  const picks = onboardingConditionPicks.map((key) => th.conditions.picks[key]);
  const lower = (s: string) => s.toLocaleLowerCase();
  // Conditions from elsewhere (the medical history page) are kept as they are.
  const kept = profile.conditions.filter((c) => !picks.some((p) => lower(p) === lower(c)));
  const [checked, setChecked] = useState(
    () => new Set(picks.filter((p) => profile.conditions.some((c) => lower(c) === lower(p)))),
  );
  const [none, setNone] = useState(false);

  return (
    <form {...formProps} noValidate className="space-y-6">
      <StepHeading title={t.title} text={t.text} />
      <FormAlert state={state} />
      <TileRadios
        name="bloodGroup"
        legend={tp.fields.bloodGroup}
        defaultValue={profile.bloodGroup ?? ""}
        error={err.bloodGroup}
        columns="grid-cols-4"
        options={[
          ...bloodGroups.map((g) => ({ value: g, label: g })),
          { value: "unknown", label: <span className="text-sm">{tp.bloodGroups.unknown}</span> },
        ]}
      />
      <fieldset aria-describedby={describedBy("onboarding-conditions", undefined, err.conditions)}>
        <legend className={labelClass}>{t.conditions}</legend>
        {kept.map((c) => (
          <input key={c} type="hidden" name="keepConditions" value={c} />
        ))}
        <div className="mt-2 flex flex-wrap gap-2">
          {picks.map((pick) => (
            <label
              key={pick}
              className="flex min-h-11 cursor-pointer items-center gap-2 rounded-full border border-slate-300 bg-white px-4 text-sm font-medium text-slate-800 has-checked:border-brand-700 has-checked:bg-brand-50 has-checked:text-brand-900 has-focus-visible:outline-3 has-focus-visible:outline-brand-600"
            >
              <input
                type="checkbox"
                name="conditions"
                value={pick}
                checked={checked.has(pick)}
                onChange={(e) => {
                  const next = new Set(checked);
                  if (e.target.checked) next.add(pick);
                  else next.delete(pick);
                  setChecked(next);
                  if (e.target.checked) setNone(false);
                }}
                className="size-4 accent-brand-700"
              />
              {pick}
            </label>
          ))}
          <label className="flex min-h-11 cursor-pointer items-center gap-2 rounded-full border border-slate-300 bg-white px-4 text-sm font-medium text-slate-800 has-checked:border-slate-700 has-checked:bg-slate-100 has-focus-visible:outline-3 has-focus-visible:outline-brand-600">
            <input
              type="checkbox"
              name="noConditions"
              value="yes"
              checked={none}
              onChange={(e) => {
                setNone(e.target.checked);
                if (e.target.checked) setChecked(new Set());
              }}
              className="size-4 accent-slate-700"
            />
            {t.none}
          </label>
        </div>
        <FieldError id="onboarding-conditions" message={err.conditions} />
      </fieldset>
      <div>
        <label htmlFor="allergies" className={labelClass}>
          {t.allergies}
        </label>
        <textarea
          id="allergies"
          name="allergies"
          rows={2}
          defaultValue={profile.allergies.join(", ")}
          aria-invalid={err.allergies ? true : undefined}
          aria-describedby={describedBy("allergies", true, err.allergies)}
          className={inputClass}
        />
        <p id="allergies-hint" className="mt-1 text-sm text-slate-600">
          {t.allergiesHint}
        </p>
        <FieldError id="allergies" message={err.allergies} />
      </div>
      <SubmitButton pending={pending} pendingText={t.saving} className="w-full">
        {t.next}
      </SubmitButton>
    </form>
  );
}

/** Step 4: ABHA explainer and an optional number; Finish or Skip. */
export function AbhaStep({
  abhaNumber,
  action,
  copy,
}: {
  abhaNumber: string | null;
  action: FormAction;
  copy: OnboardingCopy;
}) {
  const t = copy.onboarding.abha;
  const { state, pending, formProps } = useActionForm(action);
  const err = state?.fieldErrors ?? {};
  return (
    <form {...formProps} noValidate className="space-y-5">
      <StepHeading title={t.title} text={t.text} />
      <ul className="space-y-2 rounded-xl bg-brand-50 p-4 text-sm text-slate-800">
        {(["access", "share", "government"] as const).map((key) => (
          <li key={key} className="flex gap-2">
            <span aria-hidden="true" className="text-brand-700">
              ✓
            </span>
            {t.benefits[key]}
          </li>
        ))}
      </ul>
      <FormAlert state={state} />
      <TextField
        id="abhaNumber"
        name="abhaNumber"
        inputMode="numeric"
        autoComplete="off"
        maxLength={20}
        placeholder="XX-XXXX-XXXX-XXXX"
        label={t.number}
        hint={t.numberHint}
        defaultValue={abhaNumber ?? ""}
        error={err.abhaNumber}
      />
      <p className="text-sm text-slate-600">{t.unverifiedNote}</p>
      <p className="text-sm">
        <Link href="/profile/abha" className="font-semibold text-brand-800 underline">
          {t.create}
        </Link>
      </p>
      <div className="flex flex-col gap-3 sm:flex-row">
        <SubmitButton
          pending={pending}
          pendingText={t.finishing}
          name="intent"
          value="finish"
          className="flex-1"
        >
          {t.finish}
        </SubmitButton>
        <SubmitButton
          pending={pending}
          pendingText={t.finishing}
          name="intent"
          value="skip"
          variant="secondary"
          className="flex-1"
        >
          {t.skip}
        </SubmitButton>
      </div>
    </form>
  );
}
