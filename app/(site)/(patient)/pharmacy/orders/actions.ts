"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { actorOrThrow } from "@/lib/actions/actor";
import { formOptionalText, formText } from "@/lib/actions/form-data";
import type { ActionResult, ActionState } from "@/lib/actions/result";
import { addressInputSchema } from "@/lib/addresses/schemas";
import { orderFailure } from "@/lib/pharmacy/orders/action-failure";
import { medicineOrderIdParamsSchema } from "@/lib/pharmacy/orders/lifecycle-schemas";
import { cancelMedicineOrder } from "@/lib/pharmacy/orders/service/cancel";
import { cartFromPrescription } from "@/lib/pharmacy/orders/service/from-prescription";
import { reorderMedicineOrder } from "@/lib/pharmacy/orders/service/reorder";
import { updateMedicineOrder } from "@/lib/pharmacy/orders/service/update";
import { parseInput } from "@/lib/validation/parse-input";

const orderId = (form: FormData) =>
  parseInput(medicineOrderIdParamsSchema, { id: formText(form, "id") }).id;

const addressFields = ["name", "phone", "line1", "line2", "city", "state", "pincode"] as const;

/** Cancels my order (optional reason) after the preview page -> the order with a notice. */
export async function cancelOrderAction(_prev: ActionState, form: FormData): Promise<ActionResult> {
  const values = { reason: formText(form, "reason") };
  let id: string;
  try {
    const actor = await actorOrThrow();
    id = orderId(form);
    const reason = formOptionalText(form, "reason");
    await cancelMedicineOrder(actor, id, reason ? { reason } : {});
  } catch (error) {
    return orderFailure(error, "cancel", values);
  }
  revalidatePath("/pharmacy/orders");
  redirect(`/pharmacy/orders/${id}?notice=cancelled`);
}

/** Saves a new delivery address (and notes) on my pending order -> the order with a notice. */
export async function updateOrderAddressAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionResult> {
  const values = Object.fromEntries(
    [...addressFields, "notes"].map((name) => [name, formText(form, name)]),
  );
  let id: string;
  try {
    const actor = await actorOrThrow();
    id = orderId(form);
    // Checked on its own first so each field's error sits beside that field.
    const address = parseInput(
      addressInputSchema,
      Object.fromEntries(addressFields.map((name) => [name, formOptionalText(form, name)])),
    );
    await updateMedicineOrder(actor, id, {
      deliveryAddress: address,
      notes: formOptionalText(form, "notes") ?? null,
    });
  } catch (error) {
    return orderFailure(error, "edit", values);
  }
  revalidatePath("/pharmacy/orders");
  redirect(`/pharmacy/orders/${id}?notice=updated`);
}

/** Puts my delivered order's lines into my cart -> the order saying what went in. */
export async function reorderAction(_prev: ActionState, form: FormData): Promise<ActionResult> {
  let id: string;
  let outcome: { added: number; skipped: number };
  try {
    const actor = await actorOrThrow();
    id = orderId(form);
    const filled = await reorderMedicineOrder(actor, id);
    outcome = { added: filled.added.length, skipped: filled.skipped.length };
  } catch (error) {
    return orderFailure(error, "reorder");
  }
  const query = new URLSearchParams({
    notice: "reordered",
    added: String(outcome.added),
    skipped: String(outcome.skipped),
  });
  redirect(`/pharmacy/orders/${id}?${query}`);
}

/** "Order these medicines": my prescription's medicines into my cart -> checkout, preselected. */
export async function orderPrescriptionAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionResult> {
  let checkoutPath: string;
  try {
    const actor = await actorOrThrow();
    ({ checkoutPath } = await cartFromPrescription(actor, orderId(form)));
  } catch (error) {
    return orderFailure(error, "reorder");
  }
  redirect(checkoutPath);
}
