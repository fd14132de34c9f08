import type { MedicineOrderStatus } from "@/db/schema/medicine-orders";

/**
 * What may happen to a medicine order in each status. Pure; the services enforce it and the DTO
 * reports it. Nothing has left the pharmacy before dispatch, so until then the patient may cancel
 * (stock returns, an online payment is refunded in full); after dispatch only delivery follows.
 */

/** The patient (or an admin) may cancel. */
export const canCancelOrder = (status: MedicineOrderStatus) =>
  status === "pending" || status === "confirmed";

/** The patient may change the address or notes. */
export const canEditOrder = (status: MedicineOrderStatus) => status === "pending";

/** The lines may be put in the cart again. */
export const canReorder = (status: MedicineOrderStatus) => status === "delivered";

/** The admin's forward moves: pending -> confirmed -> dispatched -> delivered. */
const next: Partial<Record<MedicineOrderStatus, MedicineOrderStatus>> = {
  pending: "confirmed",
  confirmed: "dispatched",
  dispatched: "delivered",
};

/** May an admin move an order from `from` to `to`? (Cancelling follows canCancelOrder.) */
export function canMoveOrder(from: MedicineOrderStatus, to: MedicineOrderStatus): boolean {
  if (to === "cancelled") return canCancelOrder(from);
  return next[from] === to;
}
