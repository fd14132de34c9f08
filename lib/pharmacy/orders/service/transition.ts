import "server-only";
import { and, eq, inArray, isNotNull, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { medicineOrderItems, medicineOrders, medicines } from "@/db/schema";
import type { MedicineOrderStatus } from "@/db/schema/medicine-orders";
import { AppError } from "@/lib/errors";

/** The 409 every cancel path answers once dispatch has happened (or a cancel already won). */
export const notCancellable = () =>
  new AppError("conflict", "This order is no longer cancellable.");

/**
 * Cancels an order and puts the stock of every line back, in the caller's transaction. The status
 * change is a conditional update (only from pending or confirmed), so of two cancels racing only
 * one matches a row and only that one returns stock; the loser gets 409. `extra` narrows the
 * condition further (the cron only cancels orders still unpaid). Internal: does not authorize.
 */
export async function cancelAndRestock(
  tx: Queryable,
  orderId: number,
  reason: string | null,
  extra?: ReturnType<typeof and>,
): Promise<void> {
  const [cancelled] = await tx
    .update(medicineOrders)
    .set({ status: "cancelled", cancelledAt: sql`now()`, cancelReason: reason })
    .where(
      and(
        eq(medicineOrders.id, orderId),
        inArray(medicineOrders.status, ["pending", "confirmed"]),
        extra,
      ),
    )
    .returning({ id: medicineOrders.id });
  if (!cancelled) throw notCancellable();
  const lines = await tx
    .select({ medicineId: medicineOrderItems.medicineId, quantity: medicineOrderItems.quantity })
    .from(medicineOrderItems)
    .where(and(eq(medicineOrderItems.orderId, orderId), isNotNull(medicineOrderItems.medicineId)));
  for (const line of lines) {
    await tx
      .update(medicines)
      .set({ stockQty: sql`${medicines.stockQty} + ${line.quantity}` })
      .where(eq(medicines.id, line.medicineId!));
  }
}

const stampOf = {
  confirmed: "confirmedAt",
  dispatched: "dispatchedAt",
  delivered: "deliveredAt",
} as const;

/**
 * Moves an order one step forward (confirmed, dispatched, delivered) and stamps the time, only if
 * it is still in `from` (a concurrent move makes this one 409). Internal: does not authorize.
 */
export async function advance(
  tx: Queryable,
  orderId: number,
  from: MedicineOrderStatus,
  to: keyof typeof stampOf,
): Promise<void> {
  const [moved] = await tx
    .update(medicineOrders)
    .set({ status: to, [stampOf[to]]: sql`now()` })
    .where(and(eq(medicineOrders.id, orderId), eq(medicineOrders.status, from)))
    .returning({ id: medicineOrders.id });
  if (!moved) throw new AppError("conflict", "The order changed meanwhile; reload it.");
}
