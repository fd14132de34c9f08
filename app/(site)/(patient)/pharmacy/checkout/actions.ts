"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { actorOrThrow } from "@/lib/actions/actor";
import { formText } from "@/lib/actions/form-data";
import type { ActionResult, ActionState } from "@/lib/actions/result";
import { addressValuesOf } from "@/lib/addresses/form";
import { AppError } from "@/lib/errors";
import { createHealthRecordSchema } from "@/lib/health-records/schemas";
import { createHealthRecord } from "@/lib/health-records/service";
import { checkoutFailure } from "@/lib/pharmacy/orders/checkout-failure";
import { orderValuesOf, placeOrderInputOf } from "@/lib/pharmacy/orders/form";
import { placeMedicineOrder } from "@/lib/pharmacy/orders/service/place";
import { uploadedFileOf } from "@/lib/storage/multipart";
import { parseInput } from "@/lib/validation/parse-input";

/**
 * Places the order the checkout shows (N4) -> the confirmation (cash) or the pay page (online).
 * The form's hidden `idempotencyKey` (one per page render) goes to the same domain function as
 * the API's `Idempotency-Key`: a double submit lands on the first order.
 */
export async function placeOrderAction(_prev: ActionState, form: FormData): Promise<ActionResult> {
  let next: string;
  try {
    const actor = await actorOrThrow();
    const { order } = await placeMedicineOrder(actor, placeOrderInputOf(form), {
      idempotencyKey: formText(form, "idempotencyKey") || null,
    });
    next = order.payPath ?? `/pharmacy/orders/${order.id}/confirmed`;
  } catch (error) {
    return checkoutFailure(error, { ...addressValuesOf(form), ...orderValuesOf(form) });
  }
  revalidatePath("/pharmacy", "layout");
  redirect(next);
}

/**
 * Files an uploaded prescription in my health records (type prescription) and returns to the
 * checkout with it chosen.
 */
export async function uploadPrescriptionAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionResult> {
  let id: string;
  try {
    const actor = await actorOrThrow();
    const file = await uploadedFileOf(form.get("file"));
    if (!file || file.size === 0) {
      throw new AppError("validation_failed", "Choose a file.", {
        errors: [{ path: "file", message: "is required" }],
      });
    }
    const title = formText(form, "title") || file.name || "Prescription";
    const input = parseInput(createHealthRecordSchema, {
      title: title.slice(0, 200),
      recordType: "prescription",
    });
    ({ id } = await createHealthRecord(actor, input, file));
  } catch (error) {
    const result = await checkoutFailure(error);
    if (result.code === "payload_too_large" || result.code === "unsupported_media_type") {
      return { ...result, fieldErrors: { file: result.message ?? "" } };
    }
    return result;
  }
  revalidatePath("/records");
  redirect(`/pharmacy/checkout?prescription=${id}#prescription`);
}
