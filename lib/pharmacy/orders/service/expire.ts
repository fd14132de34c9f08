import "server-only";
import { and, eq, inArray, lt, ne } from "drizzle-orm";
import { db } from "@/db/client";
import { medicineOrders } from "@/db/schema";
import { isAppError } from "@/lib/errors";
import { notifyOrderChange } from "../notify";
import { cancelAndRestock } from "./transition";

/** How long an order to be paid online holds its stock without being paid. */
export const UNPAID_ORDER_MINUTES = 30;

/** The reason stored on (and told to the patient of) an order cancelled for want of payment. */
export const unpaidReason = "Not paid online within 30 minutes of placing the order.";

/**
 * Cron: cancels online (UPI / card) orders still pending and unpaid 30 minutes after placing,
 * returning their stock so others can buy it, and tells each patient. Each order is its own
 * transaction; the cancel is conditional on the order still being pending and unpaid, so a payment
 * landing meanwhile keeps its order. Returns how many were cancelled.
 */
export async function cancelUnpaidOnlineOrders(
  now: Date,
): Promise<{ unpaidOrdersCancelled: number }> {
  const cutoff = new Date(now.getTime() - UNPAID_ORDER_MINUTES * 60_000);
  const unpaid = and(
    eq(medicineOrders.status, "pending"),
    inArray(medicineOrders.paymentMethod, ["upi", "card"]),
    ne(medicineOrders.paymentStatus, "paid"),
  );
  const stale = await db
    .select({
      id: medicineOrders.id,
      uuid: medicineOrders.uuid,
      userId: medicineOrders.userId,
      orderNumber: medicineOrders.orderNumber,
    })
    .from(medicineOrders)
    .where(and(unpaid, lt(medicineOrders.createdAt, cutoff)));
  let cancelled = 0;
  for (const order of stale) {
    const change = {
      userId: order.userId,
      orderUuid: order.uuid,
      orderNumber: order.orderNumber,
      status: "cancelled" as const,
      reason: unpaidReason,
    };
    try {
      await db.transaction(async (tx) => {
        await cancelAndRestock(tx, order.id, unpaidReason, unpaid);
        await notifyOrderChange(tx, change);
      });
    } catch (err) {
      // Paid or cancelled since the list was read: nothing to do for this one.
      if (isAppError(err) && err.code === "conflict") continue;
      throw err;
    }
    cancelled += 1;
  }
  return { unpaidOrdersCancelled: cancelled };
}
