import "server-only";
import { asc, eq, inArray } from "drizzle-orm";
import { db } from "@/db/client";
import { medicineOrderItems, medicineOrders } from "@/db/schema";
import { defineAccountPart } from "@/lib/account/part";
import { withChildren } from "@/lib/account/with-children";

/** My medicine orders with their items: exported; kept on erase (invoices). */
export const pharmacyAccount = defineAccountPart({
  domain: "pharmacy",
  async exportForUser(userId) {
    const rows = await db
      .select({
        id: medicineOrders.id,
        publicId: medicineOrders.uuid,
        orderNumber: medicineOrders.orderNumber,
        status: medicineOrders.status,
        subtotal: medicineOrders.subtotal,
        deliveryFee: medicineOrders.deliveryFee,
        total: medicineOrders.total,
        paymentMethod: medicineOrders.paymentMethod,
        paymentStatus: medicineOrders.paymentStatus,
        deliveryAddress: medicineOrders.deliveryAddress,
        expectedDelivery: medicineOrders.expectedDelivery,
        pharmacyName: medicineOrders.pharmacyName,
        notes: medicineOrders.notes,
        cancelReason: medicineOrders.cancelReason,
        cancelledAt: medicineOrders.cancelledAt,
        dispatchedAt: medicineOrders.dispatchedAt,
        deliveredAt: medicineOrders.deliveredAt,
        createdAt: medicineOrders.createdAt,
      })
      .from(medicineOrders)
      .where(eq(medicineOrders.userId, userId))
      .orderBy(asc(medicineOrders.createdAt));
    const medicineOrdersWithItems = await withChildren(rows, "items", (ids) =>
      db
        .select({
          parentId: medicineOrderItems.orderId,
          name: medicineOrderItems.nameSnapshot,
          unitPrice: medicineOrderItems.unitPrice,
          quantity: medicineOrderItems.quantity,
          dosage: medicineOrderItems.dosage,
        })
        .from(medicineOrderItems)
        .where(inArray(medicineOrderItems.orderId, ids)),
    );
    return { medicineOrders: medicineOrdersWithItems };
  },
  userColumns: {
    kept: [
      { column: medicineOrders.userId, reason: "orders are invoices, kept for the tax records" },
    ],
  },
});
