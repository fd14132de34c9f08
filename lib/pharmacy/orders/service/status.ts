import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { medicineOrders } from "@/db/schema";
import { recordAdminAction } from "@/lib/admin/audit";
import { requireAdmin } from "@/lib/admin/policy";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/validation/ids";
import { parseInput } from "@/lib/validation/parse-input";
import { loadMedicineOrder, withoutInternals } from "../queries";
import { notifyOrderChange, type OrderChange } from "../notify";
import { canMoveOrder } from "../policy";
import {
  setMedicineOrderStatusSchema,
  type MedicineOrderDto,
  type SetMedicineOrderStatusInput,
} from "../schemas";
import { refundCancelledOrder } from "./cancel";
import { advance, cancelAndRestock } from "./transition";

const isOnline = (method: string) => method === "upi" || method === "card";

/**
 * The pharmacy's move (admin only, 403 otherwise): pending -> confirmed -> dispatched ->
 * delivered, or cancelled (with a reason, stock returned) before dispatch; anything else is 409.
 * An order to be paid online cannot be confirmed before it is paid. The patient is notified in-app
 * and by mail, and the move is audited, in the same transaction.
 */
export async function setMedicineOrderStatus(
  actor: Actor,
  id: string,
  input: SetMedicineOrderStatusInput,
): Promise<MedicineOrderDto> {
  requireAdmin(actor);
  const { status, reason } = parseInput(setMedicineOrderStatusSchema, input);
  if (status === "cancelled" && !reason) {
    throw new AppError("validation_failed", "Say why the order is cancelled.", {
      errors: [{ path: "reason", message: "is required when cancelling" }],
    });
  }
  if (!isUuid(id)) throw new AppError("not_found", "No such medicine order.");
  await db.transaction(async (tx): Promise<OrderChange> => {
    const [order] = await tx
      .select({
        id: medicineOrders.id,
        uuid: medicineOrders.uuid,
        userId: medicineOrders.userId,
        orderNumber: medicineOrders.orderNumber,
        status: medicineOrders.status,
        paymentMethod: medicineOrders.paymentMethod,
        paymentStatus: medicineOrders.paymentStatus,
      })
      .from(medicineOrders)
      .where(eq(medicineOrders.uuid, id))
      .for("update")
      .limit(1);
    if (!order) throw new AppError("not_found", "No such medicine order.");
    if (!canMoveOrder(order.status, status)) {
      throw new AppError("conflict", `An order that is ${order.status} cannot become ${status}.`);
    }
    if (status === "confirmed" && isOnline(order.paymentMethod) && order.paymentStatus !== "paid") {
      throw new AppError("conflict", "This order is to be paid online and is not paid yet.");
    }
    if (status === "cancelled") await cancelAndRestock(tx, order.id, reason!);
    else await advance(tx, order.id, order.status, status);
    const change: OrderChange = {
      userId: order.userId,
      orderUuid: order.uuid,
      orderNumber: order.orderNumber,
      status,
      reason: status === "cancelled" ? reason : null,
    };
    await notifyOrderChange(tx, change);
    await recordAdminAction(tx, actor, {
      action: "medicine_order_status_changed",
      targetType: "medicine_order",
      targetUuid: order.uuid,
      targetLabel: `${order.orderNumber}: ${order.status} -> ${status}`,
      reason: reason ?? null,
    });
    return change;
  });
  const moved = await loadMedicineOrder({ uuid: id });
  if (!moved) throw new AppError("not_found", "No such medicine order.");
  if (status === "cancelled") await refundCancelledOrder(moved.internalId);
  return withoutInternals(moved);
}
