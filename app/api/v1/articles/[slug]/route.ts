import { apiRoute, ok } from "@/lib/api/api-route";
import { articleOperations } from "@/lib/articles/openapi";
import { readArticle } from "@/lib/articles/queries";

export const GET = apiRoute(articleOperations.get, async ({ params }) =>
  ok(await readArticle(params.slug)),
);
