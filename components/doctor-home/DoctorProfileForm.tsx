"use client";

import Link from "next/link";
import { FormAlert } from "@/components/ui/Alert";
import { Field, SelectField, TextField } from "@/components/ui/Field";
import { Textarea } from "@/components/ui/Input";
import type { SelectOption } from "@/components/ui/Select";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormAction } from "@/lib/actions/result";
import type { Copy } from "@/lib/i18n/read-copy";

const sectionClass = "space-y-4 rounded-xl border border-slate-200 bg-white p-4";
const headingClass = "text-lg font-semibold text-slate-900";

/**
 * The doctor's profile form: onboarding (D1) applies with it, /doctor/profile edits with it.
 * `initial` holds the field values by form name; `locked` disables specialty, registration
 * number and council once verified (disabled fields are not sent, so they stay as they are).
 */
export function DoctorProfileForm({
  action,
  initial,
  locked,
  mode,
  specialties,
  councils,
  copy,
}: {
  action: FormAction;
  initial: Record<string, string>;
  locked: boolean;
  mode: "apply" | "edit";
  specialties: readonly SelectOption[];
  councils: readonly SelectOption[];
  copy: Copy<"DoctorHome">;
}) {
  const t = copy.form;
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
  const lockedHint = locked ? t.locked : undefined;

  return (
    <form {...formProps} noValidate className="space-y-6">
      <FormAlert state={state} success={t.saved} />
      <section aria-labelledby="reg-heading" className={sectionClass}>
        <h2 id="reg-heading" className={headingClass}>
          {t.registrationHeading}
        </h2>
        {lockedHint ? <p className="text-sm text-slate-700">{lockedHint}</p> : null}
        <div className="grid gap-4 sm:grid-cols-2">
          {text("licenseNumber", t.licenseNumber, {
            hint: t.licenseNumberHint,
            required: true,
            maxLength: 60,
            disabled: locked,
          })}
          <SelectField
            id="registrationCouncil"
            name="registrationCouncil"
            label={t.registrationCouncil}
            defaultValue={v.registrationCouncil ?? ""}
            error={err.registrationCouncil}
            required
            disabled={locked}
            options={[{ value: "", label: t.chooseCouncil }, ...councils]}
          />
        </div>
      </section>

      <section aria-labelledby="practice-heading" className={sectionClass}>
        <h2 id="practice-heading" className={headingClass}>
          {t.practiceHeading}
        </h2>
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            id="specialty"
            name="specialty"
            label={t.specialty}
            defaultValue={v.specialty ?? ""}
            error={err.specialty}
            required
            disabled={locked}
            options={[{ value: "", label: t.chooseSpecialty }, ...specialties]}
          />
          {text("qualification", t.qualification, {
            hint: t.qualificationHint,
            required: true,
            maxLength: 200,
          })}
          {text("experienceYears", t.experienceYears, {
            type: "number",
            inputMode: "numeric",
            min: 0,
            max: 80,
            required: true,
          })}
          <SelectField
            id="gender"
            name="gender"
            label={t.gender}
            defaultValue={v.gender ?? ""}
            error={err.gender}
            options={[
              { value: "", label: t.genderUnset },
              { value: "male", label: t.genderMale },
              { value: "female", label: t.genderFemale },
              { value: "other", label: t.genderOther },
            ]}
          />
          {text("languages", t.languages, {
            hint: t.languagesHint,
            required: true,
            maxLength: 400,
            className: "sm:col-span-2",
          })}
          <Field id="bio" label={t.bio} hint={t.bioHint} error={err.bio} className="sm:col-span-2">
            {(control) => (
              <Textarea
                {...control}
                name="bio"
                rows={4}
                maxLength={2000}
                defaultValue={v.bio ?? ""}
              />
            )}
          </Field>
        </div>
      </section>

      <ModesSection t={t} v={v} err={err} text={text} />
      <ClinicSection t={t} text={text} />

      <section aria-labelledby="photo-heading" className={sectionClass}>
        <h2 id="photo-heading" className={headingClass}>
          {t.photoHeading}
        </h2>
        <p className="text-sm text-slate-700">
          {t.photoHint}{" "}
          <Link href="/profile" className="font-semibold text-brand-800 underline">
            {t.photoLink}
          </Link>
        </p>
      </section>

      <SubmitButton pending={pending} pendingText={mode === "apply" ? t.applying : t.saving}>
        {mode === "apply" ? t.apply : t.save}
      </SubmitButton>
    </form>
  );
}

type FormCopy = Copy<"DoctorHome">["form"];
type TextRenderer = (
  name: string,
  label: string,
  extra?: Record<string, unknown>,
) => React.ReactNode;

function ModesSection({
  t,
  v,
  err,
  text,
}: {
  t: FormCopy;
  v: Record<string, string>;
  err: Record<string, string>;
  text: TextRenderer;
}) {
  const box = (name: "offersOnline" | "offersOffline") => (
    <label className="flex min-h-11 items-center gap-2 text-sm text-slate-800">
      <input
        type="checkbox"
        name={name}
        defaultChecked={v[name] === "on"}
        className="size-5 accent-brand-700"
        aria-describedby={err.offersOnline ? "modes-error" : undefined}
      />
      {t[name]}
    </label>
  );
  return (
    <section aria-labelledby="modes-heading" className={sectionClass}>
      <h2 id="modes-heading" className={headingClass}>
        {t.modesHeading}
      </h2>
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">{t.modesLegend}</legend>
        <div className="mt-1 flex flex-wrap gap-x-6">
          {box("offersOnline")}
          {box("offersOffline")}
        </div>
        {err.offersOnline ? (
          <p id="modes-error" className="mt-1 text-sm font-medium text-red-700">
            {err.offersOnline}
          </p>
        ) : null}
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        {text("feeOnline", t.feeOnline, { inputMode: "decimal", hint: t.feeHint, maxLength: 10 })}
        {text("feeOffline", t.feeOffline, { inputMode: "decimal", hint: t.feeHint, maxLength: 10 })}
      </div>
    </section>
  );
}

function ClinicSection({ t, text }: { t: FormCopy; text: TextRenderer }) {
  return (
    <section aria-labelledby="clinic-heading" className={sectionClass}>
      <h2 id="clinic-heading" className={headingClass}>
        {t.clinicHeading}
      </h2>
      <p className="text-sm text-slate-700">{t.clinicHint}</p>
      <div className="grid gap-4 sm:grid-cols-2">
        {text("clinicName", t.clinicName, { maxLength: 120, className: "sm:col-span-2" })}
        {text("clinicAddress", t.clinicAddress, {
          maxLength: 200,
          autoComplete: "street-address",
          className: "sm:col-span-2",
        })}
        {text("clinicArea", t.clinicArea, { maxLength: 100 })}
        {text("clinicCity", t.clinicCity, { maxLength: 60, autoComplete: "address-level2" })}
        {text("clinicState", t.clinicState, { maxLength: 60, autoComplete: "address-level1" })}
        {text("clinicPincode", t.clinicPincode, {
          hint: t.clinicPincodeHint,
          inputMode: "numeric",
          maxLength: 6,
          autoComplete: "postal-code",
        })}
        {text("latitude", t.latitude, { inputMode: "decimal", hint: t.mapHint, maxLength: 12 })}
        {text("longitude", t.longitude, { inputMode: "decimal", maxLength: 13 })}
      </div>
    </section>
  );
}
