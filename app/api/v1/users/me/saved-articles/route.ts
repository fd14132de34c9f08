import { apiRoute } from "@/lib/api/api-route";
import { articleOperations } from "@/lib/articles/openapi";
import { listSavedArticles } from "@/lib/articles/queries";

export const GET = apiRoute(articleOperations.saved, async ({ actor, query }) => ({
  body: await listSavedArticles(actor, query),
}));
