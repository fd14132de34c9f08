import { apiRoute } from "@/lib/api/api-route";
import { getAppointmentCalendar } from "@/lib/appointments/meeting";
import { appointmentOperations } from "@/lib/appointments/openapi";
import { requestContextOf } from "@/lib/auth/request-context";

export const GET = apiRoute(appointmentOperations.calendar, async ({ actor, params, request }) => {
  const { origin } = requestContextOf(request);
  const { filename, content } = await getAppointmentCalendar(actor, params.id, { origin });
  return new Response(content, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
});
