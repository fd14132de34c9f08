import { apiRoute, ok } from "@/lib/api/api-route";
import { adminOperations } from "@/lib/admin/openapi";
import { suspendUser } from "@/lib/admin/service";

export const POST = apiRoute(adminOperations.suspendUser, async ({ actor, params, body }) =>
  ok(await suspendUser(actor, params.id, body)),
);
