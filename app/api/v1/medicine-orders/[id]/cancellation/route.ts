import { apiRoute, ok } from "@/lib/api/api-route";
import { medicineOrderOperations } from "@/lib/pharmacy/orders/openapi";
import { getOrderCancellation } from "@/lib/pharmacy/orders/service/cancel";

export const GET = apiRoute(medicineOrderOperations.cancellation, async ({ actor, params }) =>
  ok(await getOrderCancellation(actor, params.id)),
);
