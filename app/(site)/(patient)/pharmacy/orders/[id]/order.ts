import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import type { Actor } from "@/lib/auth/actor";
import { isAppError } from "@/lib/errors";
import { getMedicineOrder } from "@/lib/pharmacy/orders/queries";
import { isUuid } from "@/lib/validation/ids";

/** One of my orders, or the 404 page (missing and someone else's look the same). */
export const loadOrder = cache(async (actor: Actor, id: string) => {
  if (!isUuid(id)) notFound();
  try {
    return await getMedicineOrder(actor, id);
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  }
});
