"use client";

import Link from "next/link";
import { AddressFields } from "@/components/addresses/AddressFields";
import { FormAlert } from "@/components/ui/Alert";
import { buttonClass } from "@/components/ui/button-styles";
import { FieldError, FieldHint, labelClass } from "@/components/ui/Field";
import { Textarea } from "@/components/ui/Input";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormAction } from "@/lib/actions/result";
import { addressLines } from "@/lib/addresses/format";
import type { AddressDto } from "@/lib/addresses/schemas";
import { fill, type Copy } from "@/lib/i18n/read-copy";
import type { PrescriptionChoice } from "@/lib/pharmacy/orders/prescriptions";
import { RadioCard } from "./RadioCard";

const uploadFormId = "upload-prescription";
const legendClass = "text-lg font-semibold text-slate-900";

/**
 * The checkout form (N4): prescription (when the cart needs one; an upload files one and comes
 * back with it chosen), delivery address (a saved one or typed), payment method, notes, "Place
 * order". The upload is its own form (the file input points at it), as forms cannot nest.
 * Errors show beside their fields and everything typed stays after a failed submit.
 */
export function CheckoutForm({
  placeAction,
  uploadAction,
  lines,
  idempotencyKey,
  addresses,
  prescriptions,
  needsPrescription,
  chosenPrescription,
  onlinePayments,
  copy,
  addressCopy,
}: {
  placeAction: FormAction;
  uploadAction: FormAction;
  /** The orderable cart lines the page shows: what is ordered. */
  lines: { medicineId: string; quantity: number }[];
  idempotencyKey: string;
  addresses: AddressDto[];
  prescriptions: PrescriptionChoice[];
  needsPrescription: boolean;
  chosenPrescription?: string;
  onlinePayments: boolean;
  copy: Copy<"Checkout">;
  addressCopy: Copy<"Addresses">["fields"];
}) {
  const place = useActionForm(placeAction);
  const upload = useActionForm(uploadAction);
  const values = place.state?.values ?? {};
  const errors = place.state?.fieldErrors ?? {};
  const fallbackAddress = addresses.find((a) => a.isDefault)?.id ?? "new";
  const addressId = values.addressId || fallbackAddress;
  const prescriptionId = values.prescriptionRecordId || chosenPrescription;
  const payment = values.paymentMethod || "cod";
  const p = copy.prescription;

  return (
    <>
      <form {...place.formProps} noValidate className="space-y-8">
        <FormAlert state={place.state} focusOnMount />
        <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
        {lines.map((l, i) => (
          <span key={l.medicineId} hidden>
            <input type="hidden" name={`items.${i}.medicineId`} value={l.medicineId} />
            <input type="hidden" name={`items.${i}.quantity`} value={l.quantity} />
          </span>
        ))}
        {errors.items ? <FieldError id="items" message={errors.items} /> : null}

        {needsPrescription ? (
          <fieldset id="prescription" className="space-y-3">
            <legend className={legendClass}>{p.title}</legend>
            <p className="text-sm text-slate-700">{p.needed}</p>
            {prescriptions.length === 0 ? <p className="text-sm text-slate-700">{p.none}</p> : null}
            <div className="space-y-2">
              {prescriptions.map((rx) => (
                <RadioCard
                  key={rx.id}
                  name="prescriptionRecordId"
                  value={rx.id}
                  defaultChecked={rx.id === prescriptionId}
                >
                  <span className="block font-medium">{rx.title}</span>
                  <span className="block text-slate-600">
                    {rx.doctorName ? `${fill(p.issuedBy, { doctor: rx.doctorName })} · ` : ""}
                    {fill(p.on, { date: rx.date })}
                  </span>
                </RadioCard>
              ))}
            </div>
            <FieldError id="prescriptionRecordId" message={errors.prescriptionRecordId} />
            <div className="rounded-lg border border-dashed border-slate-300 p-4">
              <FormAlert state={upload.state} />
              <p className="mb-2 font-medium text-slate-900">{p.upload}</p>
              <label htmlFor="prescription-file" className={labelClass}>
                {p.file}
              </label>
              <input
                id="prescription-file"
                type="file"
                name="file"
                form={uploadFormId}
                accept="application/pdf,image/jpeg,image/png,image/webp"
                aria-describedby="prescription-file-hint"
                className="mt-1 block w-full text-sm"
              />
              <FieldHint id="prescription-file">{p.uploadHint}</FieldHint>
              <FieldError id="prescription-file" message={upload.state?.fieldErrors?.file} />
              <div className="mt-3">
                <button
                  type="submit"
                  form={uploadFormId}
                  disabled={upload.pending}
                  aria-busy={upload.pending || undefined}
                  className={buttonClass("secondary")}
                >
                  {upload.pending ? p.uploading : p.uploadButton}
                </button>
              </div>
            </div>
          </fieldset>
        ) : null}

        <fieldset className="space-y-3">
          <legend className={legendClass}>{copy.address.title}</legend>
          {addresses.length > 0 ? (
            <div className="space-y-2" role="radiogroup" aria-label={copy.address.saved}>
              {addresses.map((a) => (
                <RadioCard
                  key={a.id}
                  name="addressId"
                  value={a.id}
                  defaultChecked={a.id === addressId}
                >
                  <span className="block font-medium">{a.name}</span>
                  <span className="block text-slate-600">{addressLines(a).join(", ")}</span>
                </RadioCard>
              ))}
              <RadioCard name="addressId" value="new" defaultChecked={addressId === "new"}>
                <span className="font-medium">{copy.address.new}</span>
              </RadioCard>
            </div>
          ) : (
            <input type="hidden" name="addressId" value="new" />
          )}
          <FieldError id="deliveryAddress" message={errors.deliveryAddress} />
          <AddressFields
            values={values}
            errors={errors}
            copy={addressCopy}
            idPrefix="delivery"
            withLabel={false}
          />
          <label className="flex items-center gap-2 text-sm text-slate-800">
            <input
              type="checkbox"
              name="saveAddress"
              defaultChecked={values.saveAddress === "on"}
              className="size-4 accent-brand-700"
            />
            {copy.address.save}
          </label>
          <Link href="/profile/addresses" className="text-sm font-medium text-brand-800 underline">
            {copy.address.manage}
          </Link>
        </fieldset>

        <fieldset className="space-y-2">
          <legend className={legendClass}>{copy.payment.title}</legend>
          <RadioCard name="paymentMethod" value="cod" defaultChecked={payment === "cod"}>
            {copy.payment.cod}
          </RadioCard>
          {onlinePayments ? (
            <>
              <RadioCard name="paymentMethod" value="upi" defaultChecked={payment === "upi"}>
                {copy.payment.upi}
              </RadioCard>
              <RadioCard name="paymentMethod" value="card" defaultChecked={payment === "card"}>
                {copy.payment.card}
              </RadioCard>
            </>
          ) : (
            <p className="text-sm text-slate-600">{copy.payment.onlineOff}</p>
          )}
          <FieldError id="paymentMethod" message={errors.paymentMethod} />
        </fieldset>

        <div>
          <label htmlFor="order-notes" className={labelClass}>
            {copy.notes}
          </label>
          <Textarea
            id="order-notes"
            name="notes"
            rows={2}
            maxLength={500}
            defaultValue={values.notes ?? ""}
            aria-invalid={errors.notes ? true : undefined}
            aria-describedby={errors.notes ? "order-notes-error" : undefined}
          />
          <FieldError id="order-notes" message={errors.notes} />
        </div>

        <SubmitButton pending={place.pending} pendingText={copy.placing}>
          {copy.place}
        </SubmitButton>
      </form>
      <form id={uploadFormId} {...upload.formProps} />
    </>
  );
}
