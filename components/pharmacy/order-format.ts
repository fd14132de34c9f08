/** "1234.50" -> "₹1,234.50" (Indian grouping), from the decimal string: never through a float. */
export function rupees(amount: string): string {
  const [whole = "0", paise = "00"] = amount.split(".");
  const last3 = whole.slice(-3);
  const rest = whole.slice(0, -3).replace(/\B(?=(\d{2})+(?!\d))/g, ",");
  return `₹${rest ? `${rest},${last3}` : last3}.${paise}`;
}

/** The short number a card shows: "MO-2026-000123" -> "#000123". */
export const shortNumber = (orderNumber: string) => `#${orderNumber.split("-").pop()}`;

/** One line of an address snapshot, as a label prints it. */
export const addressLine = (a: {
  name: string;
  line1: string;
  line2: string | null;
  city: string;
  state: string;
  pincode: string;
}) => [a.name, a.line1, a.line2, a.city, `${a.state} ${a.pincode}`].filter(Boolean).join(", ");
