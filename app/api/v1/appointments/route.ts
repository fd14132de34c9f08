import { apiRoute } from "@/lib/api/api-route";
import { listAppointments } from "@/lib/appointments/queries";
import { bookAppointmentSchema, listAppointmentsQuerySchema } from "@/lib/appointments/schemas";
import { bookAppointment } from "@/lib/appointments/service";
import { requestContextOf } from "@/lib/auth/request-context";
import { hashRequest, parseIdempotencyKey, withIdempotency } from "@/lib/idempotency";

export const GET = apiRoute(
  { auth: "user", query: listAppointmentsQuerySchema },
  async ({ actor, query }) => ({ body: await listAppointments(actor, query) }),
);

/** Books a slot; an `Idempotency-Key` header makes retries return the first response. */
export const POST = apiRoute(
  { auth: "user", body: bookAppointmentSchema },
  async ({ actor, body, request }) => {
    const key = parseIdempotencyKey(request.headers.get("idempotency-key"));
    const { origin } = requestContextOf(request);
    const result = await withIdempotency(
      actor,
      key,
      hashRequest(body),
      async () => ({ status: 201, body: { data: await bookAppointment(actor, body, { origin }) } }),
      { method: "POST", path: "/api/v1/appointments" },
    );
    return {
      status: result.status,
      body: result.body,
      headers: {
        location: `/api/v1/appointments/${result.body.data.id}`,
        ...(result.replayed ? { "idempotent-replayed": "true" } : {}),
      },
    };
  },
);
