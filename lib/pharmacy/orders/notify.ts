import "server-only";
import type { Queryable } from "@/db/client";
import { mailOrigin } from "@/lib/appointments/notify";
import { notify } from "@/lib/notifications/notify";

/** Where the patient follows one order (#19). */
export const orderLink = (orderUuid: string) => `/pharmacy/orders/${orderUuid}`;

/** What the patient is told about: a move by the pharmacy, or a cancellation with its reason. */
export interface OrderChange {
  userId: number;
  orderUuid: string;
  orderNumber: string;
  status: "confirmed" | "dispatched" | "delivered" | "cancelled";
  reason?: string | null;
}

/**
 * The patient's notice (inbox, and mail, SMS and push as they allow), in the caller's transaction
 * (it exists exactly when the change does).
 */
export async function notifyOrderChange(on: Queryable, change: OrderChange): Promise<void> {
  await notify(on, {
    userId: change.userId,
    event: "medicine_order_status",
    key: "medicineOrderStatus",
    params: { number: change.orderNumber, status: change.status, reason: change.reason ?? "-" },
    link: orderLink(change.orderUuid),
    priority: change.status === "cancelled" ? "high" : "medium",
    email: {
      template: "medicine_order_status",
      data: {
        url: `${mailOrigin()}${orderLink(change.orderUuid)}`,
        orderNumber: change.orderNumber,
        status: change.status,
        ...(change.reason ? { reason: change.reason } : {}),
      },
    },
  });
}
