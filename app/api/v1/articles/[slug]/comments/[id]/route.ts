import { apiRoute } from "@/lib/api/api-route";
import { articleOperations } from "@/lib/articles/openapi";
import { deleteArticleComment } from "@/lib/articles/service";

export const DELETE = apiRoute(articleOperations.deleteComment, async ({ actor, params }) => {
  await deleteArticleComment(actor, params.slug, params.id);
  return { status: 204 };
});
