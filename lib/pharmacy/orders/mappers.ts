import type { AddressSnapshot, MedicineOrderRow } from "@/db/schema";
import { fromPaise, lineTotal, money } from "@/lib/money";
import { payPath } from "@/lib/payments/pay-path";
import { canCancelOrder, canEditOrder, canReorder } from "./policy";
import type { MedicineOrderDto } from "./schemas";

/** The header columns an order read selects (plus the prescription record's public id). */
export type OrderHeaderRow = Pick<
  MedicineOrderRow,
  | "uuid"
  | "orderNumber"
  | "status"
  | "subtotal"
  | "deliveryFee"
  | "total"
  | "paymentMethod"
  | "paymentStatus"
  | "deliveryAddress"
  | "expectedDelivery"
  | "pharmacyName"
  | "notes"
  | "cancelReason"
  | "createdAt"
  | "confirmedAt"
  | "dispatchedAt"
  | "deliveredAt"
  | "cancelledAt"
> & { prescriptionRecordUuid: string | null };

export interface OrderItemRow {
  medicineUuid: string | null;
  nameSnapshot: string;
  unitPrice: string;
  quantity: number;
  dosage: string | null;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

const snapshot = (a: AddressSnapshot) => ({
  name: a.name,
  phone: a.phone,
  line1: a.line1,
  line2: a.line2 ?? null,
  city: a.city,
  state: a.state,
  pincode: a.pincode,
});

/** An order as its owner sees it, with what they may do next. */
export function toMedicineOrderDto(row: OrderHeaderRow, items: OrderItemRow[]): MedicineOrderDto {
  const online = row.paymentMethod === "upi" || row.paymentMethod === "card";
  return {
    id: row.uuid,
    orderNumber: row.orderNumber,
    status: row.status,
    items: items.map((i) => ({
      medicineId: i.medicineUuid,
      name: i.nameSnapshot,
      unitPrice: money(i.unitPrice),
      quantity: i.quantity,
      lineTotal: fromPaise(lineTotal(i.unitPrice, i.quantity)),
      dosage: i.dosage,
    })),
    subtotal: money(row.subtotal),
    deliveryFee: money(row.deliveryFee),
    total: money(row.total),
    paymentMethod: row.paymentMethod,
    paymentStatus: row.paymentStatus,
    deliveryAddress: snapshot(row.deliveryAddress),
    prescriptionRecordId: row.prescriptionRecordUuid,
    expectedDelivery: row.expectedDelivery,
    pharmacyName: row.pharmacyName,
    notes: row.notes,
    cancelReason: row.cancelReason,
    placedAt: row.createdAt.toISOString(),
    confirmedAt: iso(row.confirmedAt),
    dispatchedAt: iso(row.dispatchedAt),
    deliveredAt: iso(row.deliveredAt),
    cancelledAt: iso(row.cancelledAt),
    canCancel: canCancelOrder(row.status),
    canEdit: canEditOrder(row.status),
    canReorder: canReorder(row.status),
    payPath:
      online && row.paymentStatus === "pending" && row.status !== "cancelled"
        ? payPath("medicine_order", row.uuid)
        : null,
  };
}
