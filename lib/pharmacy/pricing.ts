import { fromPaise, lineTotal, toPaise } from "@/lib/money";

/**
 * The delivery fee rule shown on the cart and checkout and charged by the order: free from
 * FREE_DELIVERY_FROM, else DELIVERY_FEE. Prices come from the catalogue, never from a client.
 */
export const FREE_DELIVERY_FROM = "499.00";
export const DELIVERY_FEE = "40.00";

export interface PricedLine {
  unitPrice: string;
  quantity: number;
}

export interface OrderTotals {
  subtotal: string;
  deliveryFee: string;
  total: string;
  /** How much more would make delivery free ("0.00" once it is). */
  freeDeliveryShortfall: string;
}

/** Subtotal, delivery fee and total of some lines, exactly (paise). */
export function priceOrder(lines: readonly PricedLine[]): OrderTotals {
  const subtotal = lines.reduce((sum, l) => sum + lineTotal(l.unitPrice, l.quantity), 0);
  const threshold = toPaise(FREE_DELIVERY_FROM);
  const fee = subtotal === 0 || subtotal >= threshold ? 0 : toPaise(DELIVERY_FEE);
  return {
    subtotal: fromPaise(subtotal),
    deliveryFee: fromPaise(fee),
    total: fromPaise(subtotal + fee),
    freeDeliveryShortfall: fromPaise(Math.max(0, threshold - subtotal)),
  };
}
