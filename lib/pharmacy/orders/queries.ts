import "server-only";
import { and, asc, count, desc, eq, inArray } from "drizzle-orm";
import { db, type Queryable } from "@/db/client";
import { healthRecords, medicineOrderItems, medicineOrders, medicines } from "@/db/schema";
import type { Page } from "@/lib/api/pagination";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse-input";
import { toMedicineOrderDto, type OrderItemRow } from "./mappers";
import { listMedicineOrdersQuerySchema, type ListMedicineOrdersQuery } from "./schemas";
import type { MedicineOrderDto } from "./schemas";

export const orderHeaderColumns = {
  id: medicineOrders.id,
  uuid: medicineOrders.uuid,
  userId: medicineOrders.userId,
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
  createdAt: medicineOrders.createdAt,
  confirmedAt: medicineOrders.confirmedAt,
  dispatchedAt: medicineOrders.dispatchedAt,
  deliveredAt: medicineOrders.deliveredAt,
  cancelledAt: medicineOrders.cancelledAt,
  prescriptionRecordUuid: healthRecords.uuid,
};

/** Header rows (any owner: callers scope `where`) joined to the prescription record's id. */
function headers(on: Queryable) {
  return on
    .select(orderHeaderColumns)
    .from(medicineOrders)
    .leftJoin(healthRecords, eq(healthRecords.id, medicineOrders.prescriptionRecordId));
}

/** The lines of some orders, by order id. Internal: does not authorize. */
export async function loadOrderItems(
  orderIds: number[],
  on: Queryable = db,
): Promise<Map<number, OrderItemRow[]>> {
  const byOrder = new Map<number, OrderItemRow[]>();
  if (orderIds.length === 0) return byOrder;
  const rows = await on
    .select({
      orderId: medicineOrderItems.orderId,
      medicineUuid: medicines.uuid,
      nameSnapshot: medicineOrderItems.nameSnapshot,
      unitPrice: medicineOrderItems.unitPrice,
      quantity: medicineOrderItems.quantity,
      dosage: medicineOrderItems.dosage,
    })
    .from(medicineOrderItems)
    .leftJoin(medicines, eq(medicines.id, medicineOrderItems.medicineId))
    .where(inArray(medicineOrderItems.orderId, orderIds))
    .orderBy(asc(medicineOrderItems.id));
  for (const { orderId, ...item } of rows) {
    byOrder.set(orderId, [...(byOrder.get(orderId) ?? []), item]);
  }
  return byOrder;
}

/** One order by public id, as a DTO. Internal: does not authorize (pass an owner-scoped where). */
export async function loadMedicineOrder(
  where: { uuid: string; userId?: number },
  on: Queryable = db,
): Promise<(MedicineOrderDto & { internalId: number; ownerId: number }) | null> {
  const [row] = await headers(on)
    .where(
      and(
        eq(medicineOrders.uuid, where.uuid),
        where.userId === undefined ? undefined : eq(medicineOrders.userId, where.userId),
      ),
    )
    .limit(1);
  if (!row) return null;
  const items = await loadOrderItems([row.id], on);
  return {
    ...toMedicineOrderDto(row, items.get(row.id) ?? []),
    internalId: row.id,
    ownerId: row.userId,
  };
}

/** One of my medicine orders (someone else's is 404). */
export async function getMedicineOrder(actor: Actor, id: string): Promise<MedicineOrderDto> {
  const order = await loadMedicineOrder({ uuid: id, userId: actor.userId });
  if (!order) throw new AppError("not_found", "No such medicine order.");
  return withoutInternals(order);
}

/** The DTO without the internal ids a service needs. */
export function withoutInternals(
  order: MedicineOrderDto & { internalId: number; ownerId: number },
): MedicineOrderDto {
  const dto: Partial<typeof order> = { ...order };
  delete dto.internalId;
  delete dto.ownerId;
  return dto as MedicineOrderDto;
}

/** My medicine orders, newest first. */
export async function listMedicineOrders(
  actor: Actor,
  query: ListMedicineOrdersQuery = {},
): Promise<Page<MedicineOrderDto>> {
  const { page, pageSize, status } = parseInput(listMedicineOrdersQuerySchema, query);
  const where = and(
    eq(medicineOrders.userId, actor.userId),
    status ? eq(medicineOrders.status, status) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    headers(db)
      .where(where)
      .orderBy(desc(medicineOrders.createdAt), desc(medicineOrders.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(medicineOrders).where(where),
  ]);
  const items = await loadOrderItems(rows.map((r) => r.id));
  return {
    data: rows.map((r) => toMedicineOrderDto(r, items.get(r.id) ?? [])),
    meta: { page, pageSize, total: total?.n ?? 0 },
  };
}
