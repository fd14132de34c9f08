import { toPaise } from "@/lib/money";

/** What the hosted checkout form carries (Razorpay's documented field names). */
export interface CheckoutInput {
  keyId: string;
  providerOrderId: string;
  amount: string;
  /** Shown on Razorpay's page. */
  name: string;
  description: string;
  payer: { name: string; email: string; phone: string | null };
  /** Absolute: Razorpay posts the signed result here ... */
  callbackUrl: string;
  /** ... and sends the payer here when they give up. */
  cancelUrl: string;
}

/**
 * The hidden fields of the form the payer's browser posts to Razorpay's hosted checkout: no
 * script of theirs runs on our page, and it works without JavaScript. The amount is in paise.
 */
export function hostedCheckoutFields(input: CheckoutInput): Array<[string, string]> {
  const fields: Array<[string, string]> = [
    ["key_id", input.keyId],
    ["order_id", input.providerOrderId],
    ["amount", String(toPaise(input.amount))],
    ["currency", "INR"],
    ["name", input.name],
    ["description", input.description],
    ["prefill[name]", input.payer.name],
    ["prefill[email]", input.payer.email],
    ["callback_url", input.callbackUrl],
    ["cancel_url", input.cancelUrl],
  ];
  if (input.payer.phone) fields.push(["prefill[contact]", input.payer.phone]);
  return fields;
}
