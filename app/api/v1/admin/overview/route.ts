import { apiRoute, ok } from "@/lib/api/api-route";
import { adminOperations } from "@/lib/admin/openapi";
import { getAdminOverview } from "@/lib/admin/queries";

export const GET = apiRoute(adminOperations.overview, async ({ actor }) =>
  ok(await getAdminOverview(actor)),
);
