import "server-only";
import type { Queryable } from "@/db/client";
import { mailOrigin } from "@/lib/appointments/notify";
import { notify } from "@/lib/notifications/notify";

/** Where the buyer follows an order. */
export const orderLink = (uuid: string) => `/pharmacy/orders/${uuid}`;

/**
 * The "order placed" notice (inbox, and mail and push as the buyer allows), in the order's
 * transaction (it exists exactly when the order does); the mail's link is built on `origin`.
 */
export async function notifyOrderPlaced(
  on: Queryable,
  userId: number,
  order: {
    uuid: string;
    orderNumber: string;
    total: string;
    expectedDelivery: string | null;
    paymentMethod: string;
  },
  origin?: string,
): Promise<void> {
  await notify(on, {
    userId,
    event: "medicine_order_placed",
    key: "medicineOrderPlaced",
    params: { number: order.orderNumber, total: order.total },
    link: orderLink(order.uuid),
    priority: "medium",
    email: {
      template: "medicine_order_placed",
      data: {
        orderNumber: order.orderNumber,
        total: order.total,
        expectedDelivery: order.expectedDelivery,
        paymentMethod: order.paymentMethod === "cod" ? "cod" : "online",
        url: `${mailOrigin(origin)}${orderLink(order.uuid)}`,
      },
    },
  });
}
