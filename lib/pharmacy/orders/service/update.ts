import "server-only";
import { and, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { medicineOrders } from "@/db/schema";
import { resolveAddressChoice } from "@/lib/addresses/queries";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { enforceRateLimit } from "@/lib/rate-limit";
import { isUuid } from "@/lib/validation/ids";
import { parseInput } from "@/lib/validation/parse-input";
import { loadMedicineOrder, withoutInternals } from "../queries";
import {
  updateMedicineOrderSchema,
  type MedicineOrderDto,
  type UpdateMedicineOrderInput,
} from "../schemas";

const noSuchOrder = () => new AppError("not_found", "No such medicine order.");

/**
 * Changes the delivery address and / or the notes of my order while it is pending (409 once the
 * pharmacy has confirmed it: they may already be packing for that address). The address is one of
 * mine or typed in. The update is conditional on the status, so a confirm racing it wins cleanly.
 */
export async function updateMedicineOrder(
  actor: Actor,
  id: string,
  input: UpdateMedicineOrderInput,
): Promise<MedicineOrderDto> {
  const { deliveryAddress, notes } = parseInput(updateMedicineOrderSchema, input);
  await enforceRateLimit("medicine_order_change", String(actor.userId));
  if (!isUuid(id)) throw noSuchOrder();
  const mine = and(eq(medicineOrders.uuid, id), eq(medicineOrders.userId, actor.userId));
  await db.transaction(async (tx) => {
    const [order] = await tx
      .select({ id: medicineOrders.id })
      .from(medicineOrders)
      .where(mine)
      .limit(1);
    if (!order) throw noSuchOrder();
    const snapshot = deliveryAddress
      ? await resolveAddressChoice(actor, deliveryAddress, tx)
      : undefined;
    const [changed] = await tx
      .update(medicineOrders)
      .set({
        ...(snapshot ? { deliveryAddress: snapshot } : {}),
        ...(notes !== undefined ? { notes: notes || null } : {}),
      })
      .where(and(eq(medicineOrders.id, order.id), eq(medicineOrders.status, "pending")))
      .returning({ id: medicineOrders.id });
    if (!changed) {
      throw new AppError(
        "conflict",
        "The pharmacy has already confirmed this order; its address can no longer change.",
      );
    }
  });
  const order = await loadMedicineOrder({ uuid: id, userId: actor.userId });
  if (!order) throw noSuchOrder();
  return withoutInternals(order);
}
