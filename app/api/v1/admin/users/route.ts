import { apiRoute } from "@/lib/api/api-route";
import { adminOperations } from "@/lib/admin/openapi";
import { listUsers } from "@/lib/admin/queries";

export const GET = apiRoute(adminOperations.listUsers, async ({ actor, query }) => ({
  body: await listUsers(actor, query),
}));
