import { linkAbhaSchema } from "@/lib/abha/schemas";
import { getAbha } from "@/lib/abha/queries";
import { linkAbha, unlinkAbha } from "@/lib/abha/service";
import { apiRoute, ok } from "@/lib/api/api-route";
import { userIdParamsSchema } from "@/lib/users/schemas";

export const GET = apiRoute(
  { auth: "user", params: userIdParamsSchema },
  async ({ actor, params }) => ok(await getAbha(actor, params.id)),
);

export const PUT = apiRoute(
  { auth: "user", params: userIdParamsSchema, body: linkAbhaSchema },
  async ({ actor, params, body }) => ok(await linkAbha(actor, params.id, body)),
);

export const DELETE = apiRoute(
  { auth: "user", params: userIdParamsSchema },
  async ({ actor, params }) => ok(await unlinkAbha(actor, params.id)),
);
