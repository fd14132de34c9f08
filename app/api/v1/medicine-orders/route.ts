import { apiRoute } from "@/lib/api/api-route";
import { requestContextOf } from "@/lib/auth/request-context";
import { medicineOrderOperations } from "@/lib/pharmacy/orders/openapi";
import { placeMedicineOrderOperation } from "@/lib/pharmacy/orders/openapi-place";
import { listMedicineOrders } from "@/lib/pharmacy/orders/queries";
import { placeMedicineOrder } from "@/lib/pharmacy/orders/service/place";

export const GET = apiRoute(medicineOrderOperations.list, async ({ actor, query }) => ({
  body: await listMedicineOrders(actor, query),
}));

/** Places an order; an `Idempotency-Key` header makes retries return the first response. */
export const POST = apiRoute(placeMedicineOrderOperation, async ({ actor, body, request }) => {
  const { order, replayed } = await placeMedicineOrder(actor, body, {
    idempotencyKey: request.headers.get("idempotency-key"),
    origin: requestContextOf(request).origin,
  });
  return {
    status: 201,
    body: { data: order },
    headers: {
      location: `/api/v1/medicine-orders/${order.id}`,
      ...(replayed ? { "idempotent-replayed": "true" } : {}),
    },
  };
});
