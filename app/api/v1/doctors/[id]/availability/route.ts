import { apiRoute, ok } from "@/lib/api/api-route";
import { getAvailability } from "@/lib/appointments/availability";
import {
  availabilityQuerySchema,
  doctorAvailabilityParamsSchema,
} from "@/lib/appointments/schemas";

export const GET = apiRoute(
  { auth: "optional", params: doctorAvailabilityParamsSchema, query: availabilityQuerySchema },
  async ({ params, query }) => ok(await getAvailability(params.id, query)),
);
