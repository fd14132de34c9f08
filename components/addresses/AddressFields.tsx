"use client";

import { useState } from "react";
import { SelectField, TextField } from "@/components/ui/Field";
import { indianStates, stateForPincode } from "@/lib/addresses/pincode";
import type { Copy } from "@/lib/i18n/read-copy";

/**
 * The fields of an address (names as the address schema's). The state select starts on "from
 * the PIN code", which the server fills in when the PIN settles it; with JavaScript, typing such
 * a PIN picks the state at once, so the person sees it before saving.
 */
export function AddressFields({
  values,
  errors,
  copy,
  idPrefix = "address",
  withLabel = true,
}: {
  values: { [field: string]: string | boolean | null | undefined };
  errors: Record<string, string>;
  /** copyOf("Addresses").fields */
  copy: Copy<"Addresses">["fields"];
  idPrefix?: string;
  /** Show the optional "Home / Work" label (the address book does, checkout does not). */
  withLabel?: boolean;
}) {
  const [state, setState] = useState(String(values.state ?? ""));
  const id = (name: string) => `${idPrefix}-${name}`;
  const text = (name: string, label: string, extra: Record<string, string> = {}) => (
    <TextField
      id={id(name)}
      name={name}
      label={label}
      defaultValue={String(values[name] ?? "")}
      error={errors[name]}
      {...extra}
    />
  );
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {withLabel ? (
        <TextField
          id={id("label")}
          name="label"
          label={copy.label}
          hint={copy.labelHint}
          defaultValue={String(values.label ?? "")}
          error={errors.label}
          className="sm:col-span-2"
        />
      ) : null}
      {text("name", copy.name, { autoComplete: "name" })}
      {text("phone", copy.phone, { autoComplete: "tel-national", inputMode: "tel" })}
      <div className="sm:col-span-2">
        {text("line1", copy.line1, { autoComplete: "address-line1" })}
      </div>
      <div className="sm:col-span-2">
        {text("line2", copy.line2, { autoComplete: "address-line2" })}
      </div>
      {text("city", copy.city, { autoComplete: "address-level2" })}
      <TextField
        id={id("pincode")}
        name="pincode"
        label={copy.pincode}
        inputMode="numeric"
        autoComplete="postal-code"
        maxLength={6}
        defaultValue={String(values.pincode ?? "")}
        error={errors.pincode}
        onChange={(event) => {
          const settled = stateForPincode(event.currentTarget.value.trim());
          if (settled) setState(settled);
        }}
      />
      <SelectField
        id={id("state")}
        name="state"
        label={copy.state}
        hint={copy.stateHint}
        error={errors.state}
        value={state}
        onChange={(event) => setState(event.currentTarget.value)}
        options={[
          { value: "", label: copy.statePlaceholder },
          ...indianStates.map((s) => ({ value: s, label: s })),
        ]}
        className="sm:col-span-2"
      />
    </div>
  );
}
