import { addressOperations } from "@/lib/addresses/openapi";
import { setDefaultAddress } from "@/lib/addresses/service";
import { apiRoute, ok } from "@/lib/api/api-route";

export const POST = apiRoute(addressOperations.setDefault, async ({ actor, params }) =>
  ok(await setDefaultAddress(actor, params.id)),
);
