import "server-only";
import { asc, count, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { healthRecords, medicineOrders, users } from "@/db/schema";
import { medicineOrderStatuses, type MedicineOrderStatus } from "@/db/schema/medicine-orders";
import { requireAdmin } from "@/lib/admin/policy";
import type { Page } from "@/lib/api/pagination";
import type { Actor } from "@/lib/auth/actor";
import { parseInput } from "@/lib/validation/parse-input";
import type { AdminMedicineOrderDto } from "./lifecycle-schemas";
import { toMedicineOrderDto } from "./mappers";
import { loadOrderItems, orderHeaderColumns } from "./queries";
import { cancelUnpaidOnlineOrders } from "./service/expire";
import { listMedicineOrdersQuerySchema, type ListMedicineOrdersQuery } from "./schemas";

/** The admin's order queue (X5): one status at a time, oldest first, and every status's count. */
export interface AdminOrderQueue {
  status: MedicineOrderStatus;
  counts: Record<MedicineOrderStatus, number>;
  page: Page<AdminMedicineOrderDto>;
}

/**
 * Orders in one status (pending by default), oldest first so none waits forever; admin only.
 * Online orders left unpaid past 30 minutes are cancelled first (the cron does it only daily on
 * the free plan), so the queue never offers to confirm one and their stock is back on the shelf.
 */
export async function listAdminMedicineOrders(
  actor: Actor,
  query: ListMedicineOrdersQuery = {},
  now: Date = new Date(),
): Promise<AdminOrderQueue> {
  requireAdmin(actor);
  const parsed = parseInput(listMedicineOrdersQuerySchema, query);
  await cancelUnpaidOnlineOrders(now);
  const { page, pageSize } = parsed;
  const status = parsed.status ?? "pending";
  const [rows, totals] = await Promise.all([
    db
      .select({ ...orderHeaderColumns, patientName: users.fullName })
      .from(medicineOrders)
      .innerJoin(users, eq(users.id, medicineOrders.userId))
      .leftJoin(healthRecords, eq(healthRecords.id, medicineOrders.prescriptionRecordId))
      .where(eq(medicineOrders.status, status))
      .orderBy(asc(medicineOrders.createdAt), asc(medicineOrders.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db
      .select({ status: medicineOrders.status, n: count() })
      .from(medicineOrders)
      .groupBy(medicineOrders.status),
  ]);
  const counts = Object.fromEntries(medicineOrderStatuses.map((s) => [s, 0])) as Record<
    MedicineOrderStatus,
    number
  >;
  for (const t of totals) counts[t.status] = t.n;
  const items = await loadOrderItems(rows.map((r) => r.id));
  return {
    status,
    counts,
    page: {
      data: rows.map((r) => ({
        ...toMedicineOrderDto(r, items.get(r.id) ?? []),
        patientName: r.patientName,
      })),
      meta: { page, pageSize, total: counts[status] },
    },
  };
}
