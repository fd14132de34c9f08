import "server-only";
import { AppError } from "@/lib/errors";
import { razorpayProvider } from "./razorpay";
import type { PaymentProvider } from "./types";

export type { PaymentProvider } from "./types";

/** The payment provider, or null when none is configured. */
export function paymentProvider(): PaymentProvider | null {
  return razorpayProvider();
}

/** The provider, or 409 "online payment is not available" when none is configured. */
export function requireProvider(): PaymentProvider {
  const provider = paymentProvider();
  if (!provider) {
    throw new AppError(
      "conflict",
      "Online payment is not available here. Pay in cash on delivery or at the clinic.",
    );
  }
  return provider;
}
