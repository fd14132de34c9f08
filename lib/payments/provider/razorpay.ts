import "server-only";
import { z } from "zod";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/log/logger";
import { isPaymentSignature, isWebhookSignature } from "./signature";
import type { PaymentProvider } from "./types";

interface RazorpayConfig {
  keyId: string;
  keySecret: string;
  webhookSecret: string | undefined;
  baseUrl: string;
}

/** Read at each call, not at import, so a test can point it at a local fake. */
function razorpayConfig(): RazorpayConfig | null {
  if (!env.RAZORPAY_KEY_ID || !env.RAZORPAY_KEY_SECRET) return null;
  return {
    keyId: env.RAZORPAY_KEY_ID,
    keySecret: env.RAZORPAY_KEY_SECRET,
    webhookSecret: env.RAZORPAY_WEBHOOK_SECRET,
    baseUrl: env.RAZORPAY_BASE_URL.replace(/\/+$/, ""),
  };
}

const orderAnswer = z.object({ id: z.string().min(1) });
const refundAnswer = z.object({ id: z.string().min(1), status: z.string() });

/** A request the gateway refused or never answered: 503 for the caller, details in our log only. */
function gatewayFailure(what: string, cause: unknown): AppError {
  logger.warn({ err: cause }, `razorpay ${what} failed`);
  return new AppError(
    "unavailable",
    "The payment service did not answer as expected. Try again in a few minutes.",
    { cause },
  );
}

async function call<T>(
  config: RazorpayConfig,
  path: string,
  body: unknown,
  answer: z.ZodType<T>,
  headers: Record<string, string> = {},
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`${config.baseUrl}${path}`, {
      method: "POST",
      headers: {
        authorization: `Basic ${Buffer.from(`${config.keyId}:${config.keySecret}`).toString("base64")}`,
        "content-type": "application/json",
        ...headers,
      },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(15_000),
    });
  } catch (err) {
    throw gatewayFailure(path, err);
  }
  // Razorpay's error bodies name its own fields and ids: logged by status only, never passed on.
  if (!response.ok) throw gatewayFailure(path, new Error(`HTTP ${response.status}`));
  const parsed = answer.safeParse(await response.json().catch(() => null));
  if (!parsed.success) throw gatewayFailure(path, parsed.error);
  return parsed.data;
}

function adapter(config: RazorpayConfig): PaymentProvider {
  return {
    name: "razorpay",
    keyId: config.keyId,
    checkoutUrl: `${config.baseUrl}/v1/checkout/embedded`,
    async createOrder(amountPaise, receipt, notes) {
      const order = await call(
        config,
        "/v1/orders",
        { amount: amountPaise, currency: "INR", receipt, notes },
        orderAnswer,
      );
      return { orderId: order.id };
    },
    verifyPaymentSignature(orderId, paymentId, signature) {
      return isPaymentSignature(config.keySecret, orderId, paymentId, signature);
    },
    verifyWebhookSignature(rawBody, signature) {
      // Without a webhook secret nothing can be verified, so nothing is accepted.
      if (!config.webhookSecret) return false;
      return isWebhookSignature(config.webhookSecret, rawBody, signature);
    },
    async refund(paymentId, amountPaise, notes, idempotencyKey) {
      const refund = await call(
        config,
        `/v1/payments/${encodeURIComponent(paymentId)}/refund`,
        { amount: amountPaise, speed: "normal", notes },
        refundAnswer,
        // Razorpay answers a repeated key with the first refund instead of refunding twice.
        { "x-refund-idempotency": idempotencyKey },
      );
      return { refundId: refund.id, status: refund.status };
    },
  };
}

/** The configured Razorpay adapter, or null when its keys are not set (no online payment). */
export function razorpayProvider(): PaymentProvider | null {
  const config = razorpayConfig();
  return config ? adapter(config) : null;
}
