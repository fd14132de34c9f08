"use client";

import Link from "next/link";
import { FormAlert } from "@/components/ui/Alert";
import { buttonClass } from "@/components/ui/button-styles";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormAction } from "@/lib/actions/result";
import type { AddressDto } from "@/lib/addresses/schemas";
import type { Copy } from "@/lib/i18n/read-copy";
import { AddressFields } from "./AddressFields";

/** Adds an address, or edits one (`address` given); errors beside their fields, typing kept. */
export function AddressForm({
  action,
  address,
  cancelHref,
  copy,
}: {
  /** createAddressAction, or updateAddressAction bound to the address's id. */
  action: FormAction;
  address?: AddressDto;
  /** Where "Cancel" goes while editing. */
  cancelHref?: string;
  copy: Copy<"Addresses">;
}) {
  const { state, pending, formProps } = useActionForm(action);
  return (
    <form {...formProps} noValidate className="space-y-4">
      <FormAlert state={state} focusOnMount />
      <AddressFields
        values={state?.values ?? address ?? {}}
        errors={state?.fieldErrors ?? {}}
        copy={copy.fields}
        idPrefix={address ? `edit-${address.id}` : "new-address"}
      />
      <div className="flex flex-wrap gap-3">
        <SubmitButton pending={pending} pendingText={copy.saving}>
          {copy.save}
        </SubmitButton>
        {cancelHref ? (
          <Link href={cancelHref} className={buttonClass("secondary")}>
            {copy.cancel}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
