import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { isPaymentSignature, isWebhookSignature } from "./signature";

// Known vectors computed here with node:crypto, the way Razorpay documents them.
const keySecret = "rzp_test_secret_123";
const webhookSecret = "whsec_abc";
const paymentSig = createHmac("sha256", keySecret).update("order_Q1|pay_P1").digest("hex");
const body = '{"event":"payment.captured","payload":{"payment":{"entity":{"id":"pay_P1"}}}}';
const webhookSig = createHmac("sha256", webhookSecret).update(body).digest("hex");

describe("Razorpay signatures", () => {
  it("accepts the payment signature of order_id|payment_id with the key secret", () => {
    expect(isPaymentSignature(keySecret, "order_Q1", "pay_P1", paymentSig)).toBe(true);
  });

  it.each([
    ["another payment", "order_Q1", "pay_P2", paymentSig],
    ["another order", "order_Q2", "pay_P1", paymentSig],
    ["a truncated signature", "order_Q1", "pay_P1", paymentSig.slice(0, 63)],
    ["an upper-cased signature", "order_Q1", "pay_P1", paymentSig.toUpperCase()],
    ["an empty signature", "order_Q1", "pay_P1", ""],
  ])("refuses %s", (_name, order, payment, signature) => {
    expect(isPaymentSignature(keySecret, order, payment, signature)).toBe(false);
  });

  it("refuses a payment signature made with the webhook secret", () => {
    const wrong = createHmac("sha256", webhookSecret).update("order_Q1|pay_P1").digest("hex");
    expect(isPaymentSignature(keySecret, "order_Q1", "pay_P1", wrong)).toBe(false);
  });

  it("accepts the webhook signature of the raw body and refuses a re-serialised body", () => {
    expect(isWebhookSignature(webhookSecret, body, webhookSig)).toBe(true);
    const reformatted = JSON.stringify(JSON.parse(body), null, 2);
    expect(isWebhookSignature(webhookSecret, reformatted, webhookSig)).toBe(false);
    expect(isWebhookSignature("other", body, webhookSig)).toBe(false);
  });
});
