"use client";

import { FormAlert } from "@/components/ui/Alert";
import { Field, TextField } from "@/components/ui/Field";
import { Input, Textarea } from "@/components/ui/Input";
import { Select } from "@/components/ui/Select";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormAction } from "@/lib/actions/result";
import { LocationFields } from "./LocationFields";

export interface EmergencyFormCopy {
  step1: string;
  step2: string;
  types: Record<string, string>;
  typeHints: Record<string, string>;
  patientName: string;
  age: string;
  gender: string;
  genderUnset: string;
  genders: Record<string, string>;
  symptoms: string;
  symptomsHint: string;
  address: string;
  addressHint: string;
  city: string;
  cityUnset: string;
  cityHint: string;
  phone: string;
  phoneHint: string;
  locationDetect: string;
  locationDetecting: string;
  locationDetected: string;
  locationFailed: string;
  submit: string;
  submitting: string;
  required: string;
}

const types = ["medical", "accident", "cardiac", "pregnancy", "other"] as const;

/**
 * N1's one form: step 1 the kind of emergency (radio cards), step 2 the details. A plain post
 * without JavaScript; with it, what was typed stays on screen when a field is refused.
 */
export function EmergencyForm({
  action,
  copy,
  cities,
  defaults,
}: {
  action: FormAction;
  copy: EmergencyFormCopy;
  cities: readonly string[];
  defaults: { patientName: string; contactPhone: string };
}) {
  const { state, pending, formProps } = useActionForm(action);
  const errors = state?.fieldErrors ?? {};
  const values = state?.values ?? {};
  const value = (name: string, fallback = "") => values[name] ?? fallback;
  const req = <span className="text-red-800"> ({copy.required})</span>;
  return (
    <form {...formProps} noValidate className="space-y-6">
      <FormAlert state={state} focusOnMount />
      <fieldset aria-describedby={errors.type ? "type-error" : undefined}>
        <legend className="text-lg font-semibold text-slate-900">{copy.step1}</legend>
        <div className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {types.map((type) => (
            <label
              key={type}
              className="flex cursor-pointer gap-3 rounded-xl border border-slate-300 bg-white p-4 has-[:checked]:border-red-700 has-[:checked]:bg-red-50 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-700"
            >
              <input
                type="radio"
                name="type"
                value={type}
                defaultChecked={value("type", "medical") === type}
                className="mt-1 size-5 accent-red-700"
              />
              <span>
                <span className="block font-semibold text-slate-900">{copy.types[type]}</span>
                <span className="block text-sm text-slate-700">{copy.typeHints[type]}</span>
              </span>
            </label>
          ))}
        </div>
        {errors.type ? (
          <p id="type-error" className="mt-2 text-sm text-red-800">
            {errors.type}
          </p>
        ) : null}
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold text-slate-900">{copy.step2}</legend>
        <TextField
          id="patientName"
          name="patientName"
          label={copy.patientName}
          aside={req}
          autoComplete="name"
          required
          maxLength={100}
          defaultValue={value("patientName", defaults.patientName)}
          error={errors.patientName}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            id="age"
            name="age"
            label={copy.age}
            inputMode="numeric"
            defaultValue={value("age")}
            error={errors.age}
          />
          <Field id="gender" label={copy.gender} error={errors.gender}>
            {(control) => (
              <Select name="gender" defaultValue={value("gender")} {...control}>
                <option value="">{copy.genderUnset}</option>
                {Object.entries(copy.genders).map(([key, label]) => (
                  <option key={key} value={key}>
                    {label}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        </div>
        <Field
          id="symptoms"
          label={copy.symptoms}
          aside={req}
          hint={copy.symptomsHint}
          error={errors.symptoms}
        >
          {(control) => (
            <Textarea
              name="symptoms"
              rows={4}
              maxLength={1000}
              required
              defaultValue={value("symptoms")}
              {...control}
            />
          )}
        </Field>
        <LocationFields copy={copy} />
        <Field id="address" label={copy.address} hint={copy.addressHint} error={errors.address}>
          {(control) => (
            <Input
              name="address"
              autoComplete="street-address"
              maxLength={500}
              defaultValue={value("address")}
              {...control}
            />
          )}
        </Field>
        <Field id="city" label={copy.city} hint={copy.cityHint} error={errors.city}>
          {(control) => (
            <Select name="city" defaultValue={value("city")} {...control}>
              <option value="">{copy.cityUnset}</option>
              {cities.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <TextField
          id="contactPhone"
          name="contactPhone"
          label={copy.phone}
          aside={req}
          hint={copy.phoneHint}
          type="tel"
          autoComplete="tel"
          required
          defaultValue={value("contactPhone", defaults.contactPhone)}
          error={errors.contactPhone}
        />
      </fieldset>
      <SubmitButton
        variant="danger"
        pending={pending}
        pendingText={copy.submitting}
        className="w-full sm:w-auto"
      >
        {copy.submit}
      </SubmitButton>
    </form>
  );
}
