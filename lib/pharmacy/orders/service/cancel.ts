import "server-only";
import { and, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { medicineOrders } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/log/logger";
import { refundAfterCancel, refundPreview } from "@/lib/payments/refunds";
import { enforceRateLimit } from "@/lib/rate-limit";
import { isUuid } from "@/lib/validation/ids";
import { parseInput } from "@/lib/validation/parse-input";
import {
  cancelMedicineOrderSchema,
  orderRefundPolicyKey,
  type CancelMedicineOrderInput,
  type OrderCancellationDto,
} from "../lifecycle-schemas";
import { canCancelOrder } from "../policy";
import { loadMedicineOrder, withoutInternals } from "../queries";
import type { MedicineOrderDto } from "../schemas";
import { cancelAndRestock, notCancellable } from "./transition";

const noSuchOrder = () => new AppError("not_found", "No such medicine order.");

/** My order's id and status (someone else's is 404). */
async function findMine(actor: Actor, id: string) {
  if (!isUuid(id)) throw noSuchOrder();
  const [row] = await db
    .select({ id: medicineOrders.id, status: medicineOrders.status })
    .from(medicineOrders)
    .where(and(eq(medicineOrders.uuid, id), eq(medicineOrders.userId, actor.userId)))
    .limit(1);
  if (!row) throw noSuchOrder();
  return row;
}

/** What cancelling my order now would do: whether it may, and the refund it would give. */
export async function getOrderCancellation(
  actor: Actor,
  id: string,
): Promise<OrderCancellationDto> {
  const order = await findMine(actor, id);
  return {
    cancellable: canCancelOrder(order.status),
    refund: await refundPreview("medicine_order", order.id),
    policyKey: orderRefundPolicyKey,
  };
}

/**
 * Refunds after a cancellation has committed. The cancellation stands whatever the provider says:
 * a refund that fails here is retried by the payments cron, so it is logged, not thrown.
 */
export async function refundCancelledOrder(orderId: number): Promise<void> {
  try {
    await refundAfterCancel("medicine_order", orderId);
  } catch (err) {
    logger.error({ err, orderId }, "medicine order refund failed; the payments cron retries it");
  }
}

/**
 * Cancels my order while it is pending or confirmed (409 after dispatch, or when already
 * cancelled); the stock of every line returns in the same transaction, and anything paid online
 * is refunded once it has committed. Returns the cancelled order.
 */
export async function cancelMedicineOrder(
  actor: Actor,
  id: string,
  input: CancelMedicineOrderInput = {},
): Promise<MedicineOrderDto> {
  const { reason } = parseInput(cancelMedicineOrderSchema, input);
  await enforceRateLimit("medicine_order_change", String(actor.userId));
  const order = await findMine(actor, id);
  if (!canCancelOrder(order.status)) throw notCancellable();
  await db.transaction((tx) => cancelAndRestock(tx, order.id, reason || null));
  await refundCancelledOrder(order.id);
  const cancelled = await loadMedicineOrder({ uuid: id, userId: actor.userId });
  if (!cancelled) throw noSuchOrder();
  return withoutInternals(cancelled);
}
