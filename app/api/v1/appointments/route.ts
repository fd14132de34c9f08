import { apiRoute } from "@/lib/api/api-route";
import { listAppointments } from "@/lib/appointments/queries";
import { appointmentOperations } from "@/lib/appointments/openapi";
import { bookAppointmentOnce } from "@/lib/appointments/service";
import { requestContextOf } from "@/lib/auth/request-context";

export const GET = apiRoute(appointmentOperations.list, async ({ actor, query }) => ({
  body: await listAppointments(actor, query),
}));

/** Books a slot; an `Idempotency-Key` header makes retries return the first response. */
export const POST = apiRoute(appointmentOperations.book, async ({ actor, body, request }) => {
  const { appointment, replayed } = await bookAppointmentOnce(actor, body, {
    idempotencyKey: request.headers.get("idempotency-key"),
    origin: requestContextOf(request).origin,
  });
  return {
    status: 201,
    body: { data: appointment },
    headers: {
      location: `/api/v1/appointments/${appointment.id}`,
      ...(replayed ? { "idempotent-replayed": "true" } : {}),
    },
  };
});
