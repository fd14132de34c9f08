import { apiRoute, ok } from "@/lib/api/api-route";
import { catalogueOperations } from "@/lib/catalogue/openapi";
import { getAdminLabTest } from "@/lib/catalogue/queries";
import { updateLabTest } from "@/lib/catalogue/service/lab-tests";

export const GET = apiRoute(catalogueOperations.getLabTest, async ({ actor, params }) =>
  ok(await getAdminLabTest(actor, params.id)),
);

export const PUT = apiRoute(catalogueOperations.updateLabTest, async ({ actor, params, body }) =>
  ok(await updateLabTest(actor, params.id, body)),
);
