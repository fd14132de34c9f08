import { apiRoute, ok } from "@/lib/api/api-route";
import { facilityOperations } from "@/lib/facilities/openapi";
import { getFacility } from "@/lib/facilities/queries";

export const GET = apiRoute(facilityOperations.get, async ({ actor, params }) =>
  ok(await getFacility(actor, params.id)),
);
