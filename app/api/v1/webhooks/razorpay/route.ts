import { apiRoute, ok } from "@/lib/api/api-route";
import { paymentOperations } from "@/lib/payments/openapi";
import { handleRazorpayWebhook } from "@/lib/payments/service";

// The signature covers the body's exact bytes, so it is read raw here, never parsed by apiRoute.
export const POST = apiRoute(paymentOperations.webhook, async ({ request }) =>
  ok(
    await handleRazorpayWebhook(
      await request.text(),
      request.headers.get("x-razorpay-signature"),
      request.headers.get("x-razorpay-event-id"),
    ),
  ),
);
