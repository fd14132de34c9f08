import { apiRoute, ok } from "@/lib/api/api-route";
import { readJsonBody } from "@/lib/api/read-json";
import { parseInput } from "@/lib/validation/parse-input";
import { getUser } from "@/lib/users/queries";
import { deleteUserSchema, updateUserSchema, userIdParamsSchema } from "@/lib/users/schemas";
import { deleteUser, updateUser } from "@/lib/users/service";

export const GET = apiRoute(
  { auth: "user", params: userIdParamsSchema },
  async ({ actor, params }) => ok(await getUser(actor, params.id)),
);

export const PUT = apiRoute(
  { auth: "user", params: userIdParamsSchema, body: updateUserSchema },
  async ({ actor, params, body }) => ok(await updateUser(actor, params.id, body)),
);

/** DELETE may come without a body (accounts without a password); a body must be JSON. */
export const DELETE = apiRoute(
  { auth: "user", params: userIdParamsSchema },
  async ({ actor, params, request }) => {
    const hasBody =
      request.headers.has("content-type") && request.headers.get("content-length") !== "0";
    const input = parseInput(deleteUserSchema, hasBody ? await readJsonBody(request) : {});
    await deleteUser(actor, params.id, input);
    return { status: 204 };
  },
);
