import { addressOperations } from "@/lib/addresses/openapi";
import { deleteAddress, updateAddress } from "@/lib/addresses/service";
import { apiRoute, ok } from "@/lib/api/api-route";

export const PUT = apiRoute(addressOperations.update, async ({ actor, params, body }) =>
  ok(await updateAddress(actor, params.id, body)),
);

export const DELETE = apiRoute(addressOperations.delete, async ({ actor, params }) => {
  await deleteAddress(actor, params.id);
  return { status: 204 };
});
