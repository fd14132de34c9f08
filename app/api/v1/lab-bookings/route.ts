import { apiRoute } from "@/lib/api/api-route";
import { requestContextOf } from "@/lib/auth/request-context";
import { labOperations } from "@/lib/lab/openapi";
import { listLabBookings } from "@/lib/lab/queries";
import { bookLabTestsOnce } from "@/lib/lab/service";

export const GET = apiRoute(labOperations.list, async ({ actor, query }) => ({
  body: await listLabBookings(actor, query),
}));

/** Books tests; an `Idempotency-Key` header makes retries return the first response. */
export const POST = apiRoute(labOperations.book, async ({ actor, body, request }) => {
  const { booking, replayed } = await bookLabTestsOnce(actor, body, {
    idempotencyKey: request.headers.get("idempotency-key"),
    origin: requestContextOf(request).origin,
  });
  return {
    status: 201,
    body: { data: booking },
    headers: {
      location: `/api/v1/lab-bookings/${booking.id}`,
      ...(replayed ? { "idempotent-replayed": "true" } : {}),
    },
  };
});
