import "server-only";
import { env } from "@/lib/env";

/**
 * What the other domains (pharmacy, lab, appointments) use of payments. The provider's details
 * stay inside lib/payments.
 */

/** True when Razorpay keys are set: only then are UPI / card (online) payments offered. */
export function onlinePaymentsEnabled(): boolean {
  return Boolean(env.RAZORPAY_KEY_ID && env.RAZORPAY_KEY_SECRET);
}

/** What cancelling would give back, shown before the user confirms (and in the API preview). */
export interface RefundPreview {
  /** Paid online so far ("0.00" for cash / pay at clinic). */
  paid: string;
  /** What the refund would be. */
  refund: string;
  /** `none`: nothing was paid online; `full` / `partial` / `no_refund`: per the written policy. */
  kind: "none" | "full" | "partial" | "no_refund";
}
