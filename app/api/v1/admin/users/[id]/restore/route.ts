import { apiRoute, ok } from "@/lib/api/api-route";
import { adminOperations } from "@/lib/admin/openapi";
import { restoreUser } from "@/lib/admin/service";

export const POST = apiRoute(adminOperations.restoreUser, async ({ actor, params }) =>
  ok(await restoreUser(actor, params.id)),
);
