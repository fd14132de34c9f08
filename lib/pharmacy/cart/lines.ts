import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { cartItems } from "@/db/schema";

/**
 * Adds packs to a user's cart (reorder, "order this prescription", add-to-cart), merging with
 * lines already there; a line never exceeds the cart's ceiling of 100 packs. Internal: the caller
 * has authorized and checked the medicines; the per-medicine caps are shown and enforced at
 * checkout, where they belong.
 */
export async function addLinesToCart(
  on: Queryable,
  userId: number,
  lines: readonly { medicineId: number; quantity: number }[],
): Promise<void> {
  if (lines.length === 0) return;
  await on
    .insert(cartItems)
    .values(
      lines.map((l) => ({ userId, medicineId: l.medicineId, quantity: Math.min(l.quantity, 100) })),
    )
    .onConflictDoUpdate({
      target: [cartItems.userId, cartItems.medicineId],
      set: {
        quantity: sql`least(${cartItems.quantity} + excluded.quantity, 100)`,
        updatedAt: sql`now()`,
      },
    });
}

/** Removes the ordered medicines from the cart (inside the order's transaction). */
export async function removeLinesFromCart(
  on: Queryable,
  userId: number,
  medicineIds: readonly number[],
): Promise<void> {
  if (medicineIds.length === 0) return;
  await on
    .delete(cartItems)
    .where(and(eq(cartItems.userId, userId), inArray(cartItems.medicineId, [...medicineIds])));
}
