"use server";

import { redirect } from "next/navigation";
import { actorOrThrow } from "@/lib/actions/actor";
import { formText } from "@/lib/actions/form-data";
import { isAppError } from "@/lib/errors";
import { payPath } from "@/lib/payments/pay-path";
import { startPaymentSchema } from "@/lib/payments/schemas";
import { startPayment } from "@/lib/payments/service";
import { parseInput } from "@/lib/validation/parse-input";

/** Prepares my payment (the provider's order) -> the pay page, now with Razorpay's form. */
export async function startPaymentAction(form: FormData): Promise<void> {
  const input = { purpose: formText(form, "purpose"), id: formText(form, "id") };
  let notice: string | null = null;
  let path = "/";
  try {
    const actor = await actorOrThrow();
    const { purpose, id } = parseInput(startPaymentSchema, input);
    path = payPath(purpose, id);
    await startPayment(actor, { purpose, id });
  } catch (error) {
    // The page says why in the payer's language; the code is all it needs.
    notice = isAppError(error) ? error.code : "internal";
  }
  redirect(notice ? `${path}?notice=${notice}` : path);
}
