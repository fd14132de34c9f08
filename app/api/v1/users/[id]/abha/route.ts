import { abhaOperations } from "@/lib/abha/openapi";
import { getAbha } from "@/lib/abha/queries";
import { linkAbha, unlinkAbha } from "@/lib/abha/service";
import { apiRoute, ok } from "@/lib/api/api-route";

export const GET = apiRoute(abhaOperations.get, async ({ actor, params }) =>
  ok(await getAbha(actor, params.id)),
);

export const PUT = apiRoute(abhaOperations.link, async ({ actor, params, body }) =>
  ok(await linkAbha(actor, params.id, body)),
);

export const DELETE = apiRoute(abhaOperations.unlink, async ({ actor, params }) =>
  ok(await unlinkAbha(actor, params.id)),
);
