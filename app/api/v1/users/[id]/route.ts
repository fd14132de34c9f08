import { apiRoute, ok } from "@/lib/api/api-route";
import { userOperations } from "@/lib/users/openapi";
import { getUser } from "@/lib/users/queries";
import { deleteUser, updateUser } from "@/lib/users/service";

export const GET = apiRoute(userOperations.get, async ({ actor, params }) =>
  ok(await getUser(actor, params.id)),
);

export const PUT = apiRoute(userOperations.update, async ({ actor, params, body }) =>
  ok(await updateUser(actor, params.id, body)),
);

/** DELETE may come without a body (accounts without a password); a body must be JSON. */
export const DELETE = apiRoute(userOperations.delete, async ({ actor, params, body }) => {
  await deleteUser(actor, params.id, body);
  return { status: 204 };
});
