import { formOptionalText, formText } from "@/lib/actions/form-data";
import { addressInputOf } from "@/lib/addresses/form";
import type { PlaceMedicineOrderInput } from "./schemas";

/** Form fields that are not the address's, handed back after a failure. */
const orderFields = ["addressId", "prescriptionRecordId", "paymentMethod", "notes"] as const;

/**
 * The checkout form as the placement's input: the lines it was rendered with (hidden
 * `items.N.medicineId` / `items.N.quantity`), a saved address (`addressId`) or the typed one
 * (`addressId` = "new"), the prescription, the payment method. Numbers stay as typed, so the
 * schema says what is wrong with them.
 */
export function placeOrderInputOf(form: FormData): PlaceMedicineOrderInput {
  const items: PlaceMedicineOrderInput["items"] = [];
  for (let i = 0; form.has(`items.${i}.medicineId`); i++) {
    const quantity = formText(form, `items.${i}.quantity`);
    items.push({
      medicineId: formText(form, `items.${i}.medicineId`),
      quantity: /^\d+$/.test(quantity) ? Number(quantity) : (quantity as unknown as number),
    });
  }
  const addressId = formText(form, "addressId");
  const typed = addressId === "" || addressId === "new";
  return {
    items,
    deliveryAddress: typed ? addressInputOf(form) : { addressId },
    paymentMethod: formText(form, "paymentMethod") as PlaceMedicineOrderInput["paymentMethod"],
    prescriptionRecordId: formOptionalText(form, "prescriptionRecordId"),
    notes: formOptionalText(form, "notes"),
    saveAddress: typed && form.get("saveAddress") === "on",
  };
}

/** The non-address fields as typed, to hand back with the address's after a failure. */
export function orderValuesOf(form: FormData): Record<string, string> {
  const values = Object.fromEntries(orderFields.map((name) => [name, formText(form, name)]));
  return { ...values, saveAddress: form.get("saveAddress") === "on" ? "on" : "" };
}
