import { formOptionalText, formText } from "@/lib/actions/form-data";
import type { AddressInput } from "./schemas";

/** The address fields of a form, as typed (handed back after a failure). */
export const addressFormFields = [
  "label",
  "name",
  "phone",
  "line1",
  "line2",
  "city",
  "state",
  "pincode",
] as const;

/** The typed values of an address form, to hand back into the fields after a failure. */
export function addressValuesOf(form: FormData): Record<string, string> {
  return Object.fromEntries(addressFormFields.map((name) => [name, formText(form, name)]));
}

/** An address form as the address schema's input; empty optional fields are left out. */
export function addressInputOf(form: FormData): AddressInput {
  return {
    label: formOptionalText(form, "label"),
    name: formText(form, "name"),
    phone: formText(form, "phone"),
    line1: formText(form, "line1"),
    line2: formOptionalText(form, "line2"),
    city: formText(form, "city"),
    state: formOptionalText(form, "state") as AddressInput["state"],
    pincode: formText(form, "pincode"),
  };
}
