import { z } from "zod";
import { paymentPurposes } from "@/db/schema/payments";
import { uuidSchema } from "@/lib/validation/ids";

/** What can be paid online: a medicine order, a lab booking, a consultation fee. */
export const paymentPurposeSchema = z.enum(paymentPurposes);

/** The pay page's URL segment for each purpose (lib/payments/pay-path builds the same). */
export const purposeOfSegment: Record<string, z.infer<typeof paymentPurposeSchema>> = {
  "medicine-orders": "medicine_order",
  "lab-bookings": "lab_booking",
  appointments: "appointment",
};

/** `POST /payments`: the thing to pay, by its public id. */
export const startPaymentSchema = z.object({
  purpose: paymentPurposeSchema,
  id: uuidSchema,
});

const providerId = (prefix: string) =>
  z
    .string()
    .trim()
    .min(1, "must not be empty")
    .max(64, "must be at most 64 characters")
    .regex(new RegExp(`^${prefix}_[A-Za-z0-9]+$`), `must be a Razorpay ${prefix}_ id`);

/** `POST /payments/:id/verify`: what Razorpay's checkout handed the payer after paying. */
export const verifyPaymentSchema = z.object({
  razorpayPaymentId: providerId("pay"),
  razorpayOrderId: providerId("order"),
  razorpaySignature: z
    .string()
    .trim()
    .regex(/^[0-9a-f]{64}$/, "must be the 64-character hex signature"),
});
export type VerifyPaymentInput = z.infer<typeof verifyPaymentSchema>;

export const paymentIdParamsSchema = z.object({ id: uuidSchema });

/** What the payer's checkout needs: the provider's order for this payment and the public key. */
export const paymentOrderSchema = z.object({
  id: uuidSchema,
  provider: z.literal("razorpay"),
  keyId: z.string(),
  providerOrderId: z.string(),
  amount: z.string().describe('Decimal rupees, e.g. "499.00"'),
  currency: z.literal("INR"),
});
export type PaymentOrderDto = z.infer<typeof paymentOrderSchema>;

/** One payment attempt as its payer sees it. */
export const paymentSchema = z.object({
  id: uuidSchema,
  purpose: paymentPurposeSchema,
  status: z.enum(["pending", "paid", "failed", "refunded"]),
  amount: z.string(),
  paidAt: z.string().nullable(),
  refundAmount: z.string().nullable(),
  refundedAt: z.string().nullable(),
});
export type PaymentDto = z.infer<typeof paymentSchema>;

/** What cancelling would refund (the RefundPreview of lib/payments/contract). */
export const refundPreviewSchema = z.object({
  paid: z.string().describe("Paid online so far; 0.00 for cash or pay at clinic"),
  refund: z.string().describe("What cancelling now would refund"),
  kind: z.enum(["none", "full", "partial", "no_refund"]),
});

export type PaymentPurpose = z.infer<typeof paymentPurposeSchema>;
