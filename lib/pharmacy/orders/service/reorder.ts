import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { medicineOrderItems, medicineOrders } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { enforceRateLimit } from "@/lib/rate-limit";
import { isUuid } from "@/lib/validation/ids";
import type { CartFillDto } from "../lifecycle-schemas";
import { canReorder } from "../policy";
import { fillCart } from "./fill-cart";

/**
 * Puts the lines of my delivered order back into my cart (409 for an order not delivered yet:
 * reordering is for a repeat supply). Lines whose medicine left the catalogue or is not sold online
 * are reported as skipped; the rest are added with the quantities ordered last time.
 */
export async function reorderMedicineOrder(actor: Actor, id: string): Promise<CartFillDto> {
  await enforceRateLimit("medicine_order_change", String(actor.userId));
  if (!isUuid(id)) throw new AppError("not_found", "No such medicine order.");
  return db.transaction(async (tx) => {
    const [order] = await tx
      .select({ id: medicineOrders.id, status: medicineOrders.status })
      .from(medicineOrders)
      .where(and(eq(medicineOrders.uuid, id), eq(medicineOrders.userId, actor.userId)))
      .limit(1);
    if (!order) throw new AppError("not_found", "No such medicine order.");
    if (!canReorder(order.status)) {
      throw new AppError("conflict", "Only a delivered order can be ordered again.");
    }
    const lines = await tx
      .select({
        medicineId: medicineOrderItems.medicineId,
        name: medicineOrderItems.nameSnapshot,
        quantity: medicineOrderItems.quantity,
      })
      .from(medicineOrderItems)
      .where(eq(medicineOrderItems.orderId, order.id))
      .orderBy(asc(medicineOrderItems.id));
    return fillCart(tx, actor.userId, lines);
  });
}
