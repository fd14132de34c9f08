import { apiRoute } from "@/lib/api/api-route";
import { adminOperations } from "@/lib/admin/openapi";
import { listAdminActions } from "@/lib/admin/queries";

export const GET = apiRoute(adminOperations.audit, async ({ actor, query }) => ({
  body: await listAdminActions(actor, query),
}));
