import "server-only";
import { asc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { cartItems, medicines } from "@/db/schema";
import { defineAccountPart } from "@/lib/account/part";

/** My pharmacy cart: exported (medicine and quantity), deleted. */
export const cartAccount = defineAccountPart({
  domain: "cart",
  async exportForUser(userId) {
    const rows = await db
      .select({
        medicineId: medicines.uuid,
        name: medicines.name,
        quantity: cartItems.quantity,
        addedAt: cartItems.createdAt,
      })
      .from(cartItems)
      .innerJoin(medicines, eq(medicines.id, cartItems.medicineId))
      .where(eq(cartItems.userId, userId))
      .orderBy(asc(cartItems.createdAt), asc(cartItems.id));
    return { cart: rows };
  },
  async eraseForUser(tx, userId) {
    await tx.delete(cartItems).where(eq(cartItems.userId, userId));
  },
  userColumns: { erased: [cartItems.userId] },
});
