/**
 * What lib/payments needs of a payment gateway. Amounts are whole paise (integers), never rupees
 * as floats. Razorpay is the one implementation; without its keys there is no provider at all.
 */
export interface PaymentProvider {
  readonly name: "razorpay";
  /** The public key the payer's checkout form carries (never the secret). */
  readonly keyId: string;
  /** Where the payer's browser posts the hosted checkout form. */
  readonly checkoutUrl: string;
  /** Creates the provider's order the payer then pays; `receipt` is our own reference. */
  createOrder(
    amountPaise: number,
    receipt: string,
    notes: Record<string, string>,
  ): Promise<{ orderId: string }>;
  /** True when `signature` is the provider's signature of this order and payment. */
  verifyPaymentSignature(orderId: string, paymentId: string, signature: string): boolean;
  /** True when `signature` is the provider's signature of this exact webhook body. */
  verifyWebhookSignature(rawBody: string, signature: string): boolean;
  /** Refunds part or all of a captured payment; `idempotencyKey` makes a retry safe. */
  refund(
    paymentId: string,
    amountPaise: number,
    notes: Record<string, string>,
    idempotencyKey: string,
  ): Promise<{ refundId: string; status: string }>;
}
