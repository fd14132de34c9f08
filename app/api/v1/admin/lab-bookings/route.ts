import { apiRoute } from "@/lib/api/api-route";
import { labOperations } from "@/lib/lab/openapi";
import { listAdminLabBookings } from "@/lib/lab/queries";

export const GET = apiRoute(labOperations.adminList, async ({ actor, query }) => ({
  body: await listAdminLabBookings(actor, query),
}));
