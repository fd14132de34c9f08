/**
 * Exact INR arithmetic. Amounts travel as decimal strings ("499.00", what numeric(10,2) and the
 * API use) and are computed as whole paise (integers), so no total ever picks up a float's
 * rounding error. Amounts here are at most numeric(10,2)'s 99,999,999.99, far inside the
 * integers a double holds exactly.
 */

/** Whole paise. */
export type Paise = number;

const decimal = /^(\d{1,8})(?:\.(\d{1,2}))?$/;

/** "499", "499.5", "499.50" -> 49950. Throws on anything else (negative, exponent, 3 places). */
export function toPaise(amount: string): Paise {
  const m = decimal.exec(amount.trim());
  if (!m) throw new RangeError(`not an INR amount: ${JSON.stringify(amount)}`);
  const rupees = Number(m[1]);
  const paise = Number((m[2] ?? "").padEnd(2, "0"));
  return rupees * 100 + paise;
}

/** 49950 -> "499.50": the contract's money string. */
export function fromPaise(paise: Paise): string {
  if (!Number.isSafeInteger(paise) || paise < 0) throw new RangeError(`not paise: ${paise}`);
  const rupees = Math.floor(paise / 100);
  return `${rupees}.${String(paise % 100).padStart(2, "0")}`;
}

/** A decimal string normalised to two places: "45.5" -> "45.50". */
export const money = (amount: string): string => fromPaise(toPaise(amount));

/** unit price x quantity, exactly. */
export function lineTotal(unitPrice: string, quantity: number): Paise {
  if (!Number.isSafeInteger(quantity) || quantity < 0) throw new RangeError("bad quantity");
  return toPaise(unitPrice) * quantity;
}

/** The percentage off the MRP, rounded down to a whole percent (never overstated); 0 when none. */
export function discountPercent(price: string, mrp: string): number {
  const p = toPaise(price);
  const m = toPaise(mrp);
  if (m === 0 || p >= m) return 0;
  return Math.floor(((m - p) * 100) / m);
}
