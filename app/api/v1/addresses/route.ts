import { addressOperations } from "@/lib/addresses/openapi";
import { listAddresses } from "@/lib/addresses/queries";
import { createAddress } from "@/lib/addresses/service";
import { apiRoute } from "@/lib/api/api-route";

export const GET = apiRoute(addressOperations.list, async ({ actor }) => {
  const data = await listAddresses(actor);
  return { body: { data, meta: { page: 1, pageSize: data.length, total: data.length } } };
});

export const POST = apiRoute(addressOperations.create, async ({ actor, body }) => {
  const address = await createAddress(actor, body);
  return {
    status: 201,
    body: { data: address },
    headers: { location: `/api/v1/addresses/${address.id}` },
  };
});
