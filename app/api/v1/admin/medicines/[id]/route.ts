import { apiRoute, ok } from "@/lib/api/api-route";
import { catalogueOperations } from "@/lib/catalogue/openapi";
import { getAdminMedicine } from "@/lib/catalogue/queries";
import { updateMedicine } from "@/lib/catalogue/service/medicines";

export const GET = apiRoute(catalogueOperations.getMedicine, async ({ actor, params }) =>
  ok(await getAdminMedicine(actor, params.id)),
);

export const PUT = apiRoute(catalogueOperations.updateMedicine, async ({ actor, params, body }) =>
  ok(await updateMedicine(actor, params.id, body)),
);
