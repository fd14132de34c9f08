import type { MedicineSchedule } from "@/db/schema/medicines";

/**
 * The Indian drug rules the shop applies (Drugs and Cosmetics Rules, 1945; NDPS Act, 1985), as pure
 * functions of a catalogue row, so the cart, the checkout, the API and the admin form agree.
 * - Schedule H and H1 (and anything the catalogue marks prescription-only) need a prescription.
 * - Schedule X and narcotic or psychotropic medicines are never sold online.
 * - Prescription-only medicines are capped per order (the row's cap, else RX_DEFAULT_CAP); other
 *   medicines have a household cap so nobody empties the shelf in one order.
 */

export interface DrugRuleFacts {
  prescriptionRequired: boolean;
  schedule: MedicineSchedule;
  controlled: boolean;
  maxPerOrder: number | null;
}

/** `otc`: anyone may order; `prescription`: needs a prescription; `not_online`: never online. */
export type Orderability = "otc" | "prescription" | "not_online";

export const RX_DEFAULT_CAP = 10;
export const OTC_DEFAULT_CAP = 20;

/** How a medicine may be ordered online. */
export function orderability(m: DrugRuleFacts): Orderability {
  if (m.schedule === "x" || m.controlled) return "not_online";
  if (m.prescriptionRequired || m.schedule === "h" || m.schedule === "h1") return "prescription";
  return "otc";
}

/** The most packs of this medicine one order may hold (0 when it cannot be ordered online). */
export function maxQuantity(m: DrugRuleFacts): number {
  switch (orderability(m)) {
    case "not_online":
      return 0;
    case "prescription":
      return Math.min(m.maxPerOrder ?? RX_DEFAULT_CAP, RX_DEFAULT_CAP);
    case "otc":
      return m.maxPerOrder ?? OTC_DEFAULT_CAP;
  }
}
