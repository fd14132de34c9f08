import { apiRoute, ok } from "@/lib/api/api-route";
import { appointmentOperations } from "@/lib/appointments/openapi";
import { declineAppointment } from "@/lib/appointments/service";
import { requestContextOf } from "@/lib/auth/request-context";

/** The doctor declines a pending request with a reason: 200 with the rejected appointment. */
export const POST = apiRoute(
  appointmentOperations.decline,
  async ({ actor, params, body, request }) => {
    const { origin } = requestContextOf(request);
    return ok(await declineAppointment(actor, params.id, body, { origin }));
  },
);
