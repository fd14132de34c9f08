import { apiRoute, ok } from "@/lib/api/api-route";
import { adminOperations } from "@/lib/admin/openapi";
import { verifyDoctor } from "@/lib/admin/service";

export const POST = apiRoute(adminOperations.verifyDoctor, async ({ actor, params }) =>
  ok(await verifyDoctor(actor, params.id)),
);
