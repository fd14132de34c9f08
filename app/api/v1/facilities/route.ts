import { apiRoute } from "@/lib/api/api-route";
import { facilityOperations } from "@/lib/facilities/openapi";
import { listFacilities } from "@/lib/facilities/queries";

export const GET = apiRoute(facilityOperations.list, async ({ actor, query }) => ({
  body: await listFacilities(actor, query),
}));
