import { apiRoute, ok } from "@/lib/api/api-route";
import { appointmentOperations } from "@/lib/appointments/openapi";
import { rescheduleAppointment } from "@/lib/appointments/service";
import { requestContextOf } from "@/lib/auth/request-context";

/** Moves the appointment: 200 with the NEW appointment (its `rescheduledFromId` is the old one). */
export const POST = apiRoute(
  appointmentOperations.reschedule,
  async ({ actor, params, body, request }) => {
    const { origin } = requestContextOf(request);
    return ok(await rescheduleAppointment(actor, params.id, body, { origin }));
  },
);
