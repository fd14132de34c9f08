import { formatInr } from "@/lib/i18n/format";

/** "1234.50" -> "₹1,234.50", "40.00" -> "₹40": the app's one money style (exact, never a float). */
export const rupees = (amount: string): string => formatInr(amount);

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
