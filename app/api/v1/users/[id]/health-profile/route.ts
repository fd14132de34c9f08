import { apiRoute, ok } from "@/lib/api/api-route";
import { getHealthProfile } from "@/lib/health-profile/queries";
import { healthProfileOperations } from "@/lib/health-profile/openapi";
import { updateHealthProfile } from "@/lib/health-profile/service";

export const GET = apiRoute(healthProfileOperations.get, async ({ actor, params }) =>
  ok(await getHealthProfile(actor, params.id, { door: "api" })),
);

export const PUT = apiRoute(healthProfileOperations.update, async ({ actor, params, body }) =>
  ok(await updateHealthProfile(actor, params.id, body)),
);
