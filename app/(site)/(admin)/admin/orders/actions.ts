"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { actorOrThrow } from "@/lib/actions/actor";
import { errorTextFor } from "@/lib/actions/error-text";
import { failure } from "@/lib/actions/failure";
import { formOptionalText, formText } from "@/lib/actions/form-data";
import type { ActionResult, ActionState } from "@/lib/actions/result";
import { setMedicineOrderStatus } from "@/lib/pharmacy/orders/service/status";
import { parseInput } from "@/lib/validation/parse-input";
import { setMedicineOrderStatusSchema } from "@/lib/pharmacy/orders/schemas";

/**
 * The pharmacy's next step on an order (X5): Confirm / Mark dispatched / Mark delivered, or
 * Cancel with a reason. lib/pharmacy decides who may and which moves are allowed; success goes
 * back to the queue saying what changed (post/redirect/get).
 */
export async function setOrderStatusAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionResult> {
  const values = { reason: formText(form, "reason") };
  let done: { status: string; number: string };
  try {
    const actor = await actorOrThrow();
    const reason = formOptionalText(form, "reason");
    const input = parseInput(setMedicineOrderStatusSchema, {
      status: formText(form, "status"),
      ...(reason ? { reason } : {}),
    });
    const moved = await setMedicineOrderStatus(actor, formText(form, "id"), input);
    done = { status: moved.status, number: moved.orderNumber };
  } catch (error) {
    return failure(error, await errorTextFor("AdminOrders.errors"), values);
  }
  revalidatePath("/admin", "layout");
  redirect(`/admin/orders?${new URLSearchParams({ status: done.status, done: done.number })}`);
}
