import { apiRoute, ok } from "@/lib/api/api-route";
import { paymentOperations } from "@/lib/payments/openapi";
import { verifyPayment } from "@/lib/payments/service";

export const POST = apiRoute(paymentOperations.verify, async ({ actor, params, body }) =>
  ok(await verifyPayment(actor, params.id, body)),
);
