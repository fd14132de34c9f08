import { apiRoute, ok } from "@/lib/api/api-route";
import { appointmentOperations } from "@/lib/appointments/openapi";
import { getAppointment } from "@/lib/appointments/queries";
import { cancelAppointment, updateAppointment } from "@/lib/appointments/service";
import { requestContextOf } from "@/lib/auth/request-context";

export const GET = apiRoute(appointmentOperations.get, async ({ actor, params }) =>
  ok(await getAppointment(actor, params.id)),
);

export const PUT = apiRoute(appointmentOperations.update, async ({ actor, params, body }) =>
  ok(await updateAppointment(actor, params.id, body)),
);

/** Cancels; the JSON body `{ reason }` is optional. 200 with the cancelled appointment. */
export const DELETE = apiRoute(
  appointmentOperations.cancel,
  async ({ actor, params, body, request }) => {
    const { origin } = requestContextOf(request);
    return ok(await cancelAppointment(actor, params.id, body, { origin }));
  },
);
