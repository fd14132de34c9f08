import { apiRoute, ok } from "@/lib/api/api-route";
import { getAdminArticle, updateArticle } from "@/lib/articles/admin";
import { articleOperations } from "@/lib/articles/openapi";

export const GET = apiRoute(articleOperations.adminGet, async ({ actor, params }) =>
  ok(await getAdminArticle(actor, params.id)),
);

export const PUT = apiRoute(articleOperations.adminUpdate, async ({ actor, params, body }) =>
  ok(await updateArticle(actor, params.id, body)),
);
