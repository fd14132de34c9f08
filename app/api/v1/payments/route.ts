import { apiRoute, ok } from "@/lib/api/api-route";
import { paymentOperations } from "@/lib/payments/openapi";
import { startPayment } from "@/lib/payments/service";

export const POST = apiRoute(paymentOperations.start, async ({ actor, body }) =>
  ok(await startPayment(actor, body)),
);
