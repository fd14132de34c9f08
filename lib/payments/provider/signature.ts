import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Razorpay's signatures: HMAC-SHA256, hex. The checkout's payment signature is keyed with the API
 * key secret over `order_id|payment_id`; a webhook's is keyed with the webhook secret over the raw
 * body exactly as sent (parsing and re-serialising it would change the bytes).
 */

/** HMAC-SHA256 of `message` with `secret`, as lower-case hex. */
export function hmacHex(secret: string, message: string): string {
  return createHmac("sha256", secret).update(message, "utf8").digest("hex");
}

/** Constant-time comparison of a given hex signature with the expected one. */
export function sameSignature(given: string, expected: string): boolean {
  const a = Buffer.from(given, "utf8");
  const b = Buffer.from(expected, "utf8");
  return a.length === b.length && timingSafeEqual(a, b);
}

/** True when `signature` signs `orderId|paymentId` with the key secret. */
export function isPaymentSignature(
  keySecret: string,
  orderId: string,
  paymentId: string,
  signature: string,
): boolean {
  return sameSignature(signature, hmacHex(keySecret, `${orderId}|${paymentId}`));
}

/** True when `signature` signs the raw webhook body with the webhook secret. */
export function isWebhookSignature(
  webhookSecret: string,
  rawBody: string,
  signature: string,
): boolean {
  return sameSignature(signature, hmacHex(webhookSecret, rawBody));
}
