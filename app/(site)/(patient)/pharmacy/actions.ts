"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formText } from "@/lib/actions/form-data";
import { getActor } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { logger } from "@/lib/log/logger";
import { addToCart, removeFromCart, setCartLine } from "@/lib/pharmacy/cart/service";
import type { Actor } from "@/lib/auth/actor";
import {
  pharmacyReturnPath,
  withQuery,
  type CartErrorKey,
} from "@/components/pharmacy/return-path";

/** The page words the failure; the domain's 422 path says which kind it was. */
function cartError(error: unknown): CartErrorKey {
  if (!isAppError(error)) {
    logger.error({ err: error }, "cart action failed");
    return "failed";
  }
  if (error.code === "rate_limited") return "rate_limited";
  const path = error.errors?.[0]?.path ?? "";
  if (path.endsWith("quantity")) return "over_limit";
  if (path.endsWith("medicineId")) return "not_orderable";
  return "failed";
}

/**
 * Runs one cart change from a plain form (works without JavaScript) and goes back to the page it
 * came from; signed out, to sign-in first and back to that page.
 */
async function cartChange(form: FormData, change: (actor: Actor) => Promise<unknown>) {
  const back = withQuery(pharmacyReturnPath(formText(form, "returnTo")), "cartError", null);
  const actor = await getActor();
  if (!actor) redirect(`/login?callbackUrl=${encodeURIComponent(back)}`);
  try {
    await change(actor);
  } catch (error) {
    redirect(withQuery(back, "cartError", cartError(error)));
  }
  revalidatePath("/pharmacy", "layout");
  redirect(back);
}

const quantityOf = (form: FormData) => Number(formText(form, "quantity") || "1");

/** Adds packs of one medicine to my cart (merged with its line). */
export async function addToCartAction(form: FormData): Promise<void> {
  await cartChange(form, (actor) =>
    addToCart(actor, { medicineId: formText(form, "medicineId"), quantity: quantityOf(form) }),
  );
}

/** Sets one line's quantity (the -/+ buttons send the new quantity; 0 removes the line). */
export async function setCartLineAction(form: FormData): Promise<void> {
  await cartChange(form, (actor) =>
    setCartLine(actor, formText(form, "medicineId"), { quantity: quantityOf(form) }),
  );
}

/** Removes one medicine from my cart. */
export async function removeFromCartAction(form: FormData): Promise<void> {
  await cartChange(form, (actor) => removeFromCart(actor, formText(form, "medicineId")));
}
