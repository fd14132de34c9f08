import { apiRoute, ok } from "@/lib/api/api-route";
import { getAvailability } from "@/lib/appointments/availability";
import { appointmentOperations } from "@/lib/appointments/openapi";

export const GET = apiRoute(appointmentOperations.availability, async ({ params, query }) =>
  ok(await getAvailability(params.id, query)),
);
