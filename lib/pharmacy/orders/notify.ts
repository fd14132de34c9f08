import "server-only";
import { eq } from "drizzle-orm";
import { db, type Queryable } from "@/db/client";
import { notifications, users } from "@/db/schema";
import { mailOrigin } from "@/lib/appointments/notify";
import { sendTemplate } from "@/lib/email/send";
import { notificationText } from "@/lib/notifications/render";
import { defer } from "@/lib/tasks/defer";

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

/** The in-app notice, in the caller's transaction (it exists exactly when the change does). */
export async function notifyOrderChange(on: Queryable, change: OrderChange): Promise<void> {
  await on.insert(notifications).values({
    userId: change.userId,
    type: "order",
    ...notificationText("medicineOrderStatus", {
      number: change.orderNumber,
      status: change.status,
      reason: change.reason ?? "-",
    }),
    link: orderLink(change.orderUuid),
    priority: change.status === "cancelled" ? "high" : "medium",
  });
}

/** Mails the patient after the response (never slows or fails the change). */
export function mailOrderChange(change: OrderChange): void {
  defer(async () => {
    const [user] = await db
      .select({ email: users.email, name: users.fullName, locale: users.locale })
      .from(users)
      .where(eq(users.id, change.userId))
      .limit(1);
    if (!user) return;
    await sendTemplate(user.email, "medicine_order_status", user.locale === "hi" ? "hi" : "en", {
      name: user.name,
      url: `${mailOrigin()}${orderLink(change.orderUuid)}`,
      orderNumber: change.orderNumber,
      status: change.status,
      ...(change.reason ? { reason: change.reason } : {}),
    });
  });
}
