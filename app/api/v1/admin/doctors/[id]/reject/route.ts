import { apiRoute, ok } from "@/lib/api/api-route";
import { adminOperations } from "@/lib/admin/openapi";
import { rejectDoctor } from "@/lib/admin/service";

export const POST = apiRoute(adminOperations.rejectDoctor, async ({ actor, params, body }) =>
  ok(await rejectDoctor(actor, params.id, body)),
);
