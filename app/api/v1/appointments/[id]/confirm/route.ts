import { apiRoute, ok } from "@/lib/api/api-route";
import { appointmentOperations } from "@/lib/appointments/openapi";
import { confirmAppointment } from "@/lib/appointments/service";
import { requestContextOf } from "@/lib/auth/request-context";

/** The doctor accepts a pending request: 200 with the confirmed appointment. */
export const POST = apiRoute(appointmentOperations.confirm, async ({ actor, params, request }) => {
  const { origin } = requestContextOf(request);
  return ok(await confirmAppointment(actor, params.id, { origin }));
});
