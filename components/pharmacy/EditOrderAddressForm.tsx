"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/Alert";
import { buttonClass } from "@/components/ui/button-styles";
import { Field, SelectField, TextField } from "@/components/ui/Field";
import { Textarea } from "@/components/ui/Input";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { initialActionState, type FormAction } from "@/lib/actions/result";

export interface EditAddressCopy {
  open: string;
  title: string;
  hint: string;
  name: string;
  phone: string;
  line1: string;
  line2: string;
  city: string;
  state: string;
  stateFromPin: string;
  pincode: string;
  notes: string;
  save: string;
  saving: string;
}

type Values = Record<
  "name" | "phone" | "line1" | "line2" | "city" | "state" | "pincode" | "notes",
  string
>;

/**
 * "Edit address" on a pending order: a disclosure with the address fields prefilled from the
 * order, each error beside its field. A plain form: it works before any script loads.
 */
export function EditOrderAddressForm({
  action,
  id,
  copy,
  current,
  states,
}: {
  action: FormAction;
  id: string;
  copy: EditAddressCopy;
  current: Values;
  states: readonly string[];
}) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  const v = { ...current, ...state?.values } as Values;
  const err = state?.fieldErrors ?? {};
  const text = (name: keyof Values, autoComplete: string, extra = {}) => (
    <TextField
      id={`order-${name}`}
      name={name}
      label={copy[name]}
      error={err[name]}
      defaultValue={v[name]}
      autoComplete={autoComplete}
      {...extra}
    />
  );
  return (
    <details className="w-full" open={state !== null}>
      <summary className={buttonClass("secondary", "cursor-pointer list-none")}>
        {copy.open}
      </summary>
      <form action={formAction} className="mt-3 space-y-3 rounded-lg border border-slate-200 p-3">
        <input type="hidden" name="id" value={id} />
        <p className="text-sm font-semibold text-slate-900">{copy.title}</p>
        <p className="text-sm text-slate-700">{copy.hint}</p>
        <FormAlert state={state} />
        {text("name", "name", { required: true, maxLength: 100 })}
        {text("phone", "tel", { required: true, inputMode: "tel", maxLength: 20 })}
        {text("line1", "address-line1", { required: true, maxLength: 200 })}
        {text("line2", "address-line2", { maxLength: 200 })}
        {text("city", "address-level2", { required: true, maxLength: 100 })}
        <SelectField
          id="order-state"
          name="state"
          label={copy.state}
          error={err.state}
          defaultValue={v.state}
          options={[
            { value: "", label: copy.stateFromPin },
            ...states.map((s) => ({ value: s, label: s })),
          ]}
        />
        {text("pincode", "postal-code", {
          required: true,
          inputMode: "numeric",
          pattern: "[1-9][0-9]{5}",
          maxLength: 6,
        })}
        <Field id="order-notes" label={copy.notes} error={err.notes}>
          {(control) => (
            <Textarea {...control} name="notes" rows={2} maxLength={500} defaultValue={v.notes} />
          )}
        </Field>
        <SubmitButton pending={pending} pendingText={copy.saving}>
          {copy.save}
        </SubmitButton>
      </form>
    </details>
  );
}
