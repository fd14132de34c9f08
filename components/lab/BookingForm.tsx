"use client";

import { FormAlert } from "@/components/ui/Alert";
import { Field, FieldError } from "@/components/ui/Field";
import { Input } from "@/components/ui/Input";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormAction } from "@/lib/actions/result";
import type { Copy } from "@/lib/i18n/read-copy";

/** A slot radio as the server worded it ("07:00 · 2 places left"). */
export interface SlotChoice {
  time: string;
  label: string;
  disabled: boolean;
}

/** The booking form's words: copyOf("Lab").book. */
export type BookingCopy = Copy<"Lab">["book"];

const radio = "size-4 accent-brand-700";
const fieldset = "space-y-2 rounded-xl border border-slate-200 bg-white p-4";
const legend = "px-1 text-sm font-semibold text-slate-900";

/**
 * The booking's second step (#14): the slot, the address for a home collection (saved or typed),
 * the payment method and Confirm. Posts to the server action; works without JavaScript. The
 * hidden one-time key makes a double submit a single booking.
 */
export function BookingForm(props: {
  action: FormAction;
  copy: BookingCopy;
  testIds: string[];
  bookingType: "home_collection" | "lab_visit";
  date: string;
  slots: SlotChoice[];
  addresses: Array<{ id: string; label: string }>;
  onlinePayments: boolean;
  idempotencyKey: string;
}) {
  const { copy, addresses } = props;
  const { state, pending, formProps } = useActionForm(props.action);
  const errors = state?.fieldErrors ?? {};
  const values = state?.values ?? {};
  const home = props.bookingType === "home_collection";
  const chosenAddress = values.addressId || addresses[0]?.id || "new";
  return (
    <form {...formProps} className="space-y-4" noValidate>
      <FormAlert state={state} focusOnMount />
      {props.testIds.map((id) => (
        <input key={id} type="hidden" name="testIds" value={id} />
      ))}
      <input type="hidden" name="bookingType" value={props.bookingType} />
      <input type="hidden" name="date" value={props.date} />
      <input type="hidden" name="idempotencyKey" value={props.idempotencyKey} />
      <FieldError id="testIds" message={errors.testIds ?? errors.date ?? errors.bookingType} />

      <fieldset className={fieldset} aria-describedby={errors.time ? "time-error" : undefined}>
        <legend className={legend}>{copy.slots}</legend>
        <div className="grid grid-cols-2 gap-2 sm:grid-cols-3">
          {props.slots.map((slot) => (
            <label
              key={slot.time}
              className={`flex items-center gap-2 rounded-lg border p-2 text-sm ${slot.disabled ? "border-slate-100 text-slate-400" : "border-slate-200"}`}
            >
              <input
                type="radio"
                name="time"
                value={slot.time}
                disabled={slot.disabled}
                defaultChecked={values.time === slot.time}
                className={radio}
              />
              {slot.label}
            </label>
          ))}
        </div>
        <FieldError id="time" message={errors.time} />
      </fieldset>

      {home ? (
        <fieldset className={fieldset}>
          <legend className={legend}>{copy.address}</legend>
          {addresses.map((a) => (
            <label key={a.id} className="flex items-start gap-2 text-sm">
              <input
                type="radio"
                name="addressId"
                value={a.id}
                defaultChecked={chosenAddress === a.id}
                className={`${radio} mt-0.5`}
              />
              {a.label}
            </label>
          ))}
          <label className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name="addressId"
              value="new"
              defaultChecked={chosenAddress === "new"}
              className={radio}
            />
            {copy.newAddress}
          </label>
          <FieldError id="collectionAddress" message={errors.collectionAddress} />
          <div className="grid gap-3 sm:grid-cols-2">
            {(
              [
                ["name", copy.name, "name"],
                ["phone", copy.phone, "tel"],
                ["line1", copy.line1, "address-line1"],
                ["line2", copy.line2, "address-line2"],
                ["city", copy.city, "address-level2"],
                ["pincode", copy.pincodeField, "postal-code"],
              ] as const
            ).map(([name, label, autoComplete]) => (
              <Field key={name} id={`address-${name}`} label={label} error={errors[name]}>
                {(control) => (
                  <Input
                    {...control}
                    name={name}
                    autoComplete={autoComplete}
                    defaultValue={values[name]}
                    inputMode={name === "pincode" || name === "phone" ? "numeric" : undefined}
                  />
                )}
              </Field>
            ))}
          </div>
        </fieldset>
      ) : null}

      <fieldset className={fieldset}>
        <legend className={legend}>{copy.payment}</legend>
        {(["cod", ...(props.onlinePayments ? (["upi", "card"] as const) : [])] as const).map(
          (m) => (
            <label key={m} className="flex items-center gap-2 text-sm">
              <input
                type="radio"
                name="paymentMethod"
                value={m}
                defaultChecked={(values.paymentMethod || "cod") === m}
                className={radio}
              />
              {copy[m]}
            </label>
          ),
        )}
        {props.onlinePayments ? null : <p className="text-sm text-slate-600">{copy.onlineOff}</p>}
        <FieldError id="paymentMethod" message={errors.paymentMethod} />
      </fieldset>

      <SubmitButton pending={pending} pendingText={copy.confirming} className="w-full">
        {copy.confirm}
      </SubmitButton>
    </form>
  );
}
