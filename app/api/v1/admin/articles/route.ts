import { apiRoute, created } from "@/lib/api/api-route";
import { createArticle, listAdminArticles } from "@/lib/articles/admin";
import { articleOperations } from "@/lib/articles/openapi";

export const GET = apiRoute(articleOperations.adminList, async ({ actor, query }) => ({
  body: await listAdminArticles(actor, query),
}));

export const POST = apiRoute(articleOperations.adminCreate, async ({ actor, body }) => {
  const article = await createArticle(actor, body);
  return created(article, `/api/v1/admin/articles/${article.id}`);
});
