import "server-only";
import { eq } from "drizzle-orm";
import { db, type Queryable } from "@/db/client";
import { notifications, users } from "@/db/schema";
import { mailOrigin } from "@/lib/appointments/notify";
import { sendTemplate } from "@/lib/email/send";
import { notificationText } from "@/lib/notifications/render";
import { defer } from "@/lib/tasks/defer";
import type { MedicineOrderDto } from "../schemas";

/** Where the buyer follows an order. */
export const orderLink = (uuid: string) => `/pharmacy/orders/${uuid}`;

/** The in-app "order placed" notice, in the order's transaction (it exists exactly when the order does). */
export async function notifyOrderPlaced(
  on: Queryable,
  userId: number,
  order: { uuid: string; orderNumber: string; total: string },
): Promise<void> {
  await on.insert(notifications).values({
    userId,
    type: "order",
    ...notificationText("medicineOrderPlaced", { number: order.orderNumber, total: order.total }),
    link: orderLink(order.uuid),
    priority: "medium",
  });
}

/** Mails the buyer that the order is placed, after the response (never slows or fails it). */
export function mailOrderPlaced(userId: number, order: MedicineOrderDto, origin?: string): void {
  defer(async () => {
    const [user] = await db
      .select({ email: users.email, name: users.fullName, locale: users.locale })
      .from(users)
      .where(eq(users.id, userId))
      .limit(1);
    if (!user) return;
    await sendTemplate(user.email, "medicine_order_placed", user.locale === "hi" ? "hi" : "en", {
      name: user.name,
      orderNumber: order.orderNumber,
      total: order.total,
      expectedDelivery: order.expectedDelivery,
      paymentMethod: order.paymentMethod === "cod" ? "cod" : "online",
      url: `${mailOrigin(origin)}${orderLink(order.id)}`,
    });
  });
}
