import { apiRoute, ok } from "@/lib/api/api-route";
import { articleOperations } from "@/lib/articles/openapi";
import { saveArticle, unsaveArticle } from "@/lib/articles/service";

export const POST = apiRoute(articleOperations.save, async ({ actor, params }) =>
  ok(await saveArticle(actor, params.slug)),
);

export const DELETE = apiRoute(articleOperations.unsave, async ({ actor, params }) =>
  ok(await unsaveArticle(actor, params.slug)),
);
