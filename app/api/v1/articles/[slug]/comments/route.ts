import { apiRoute, created, ok } from "@/lib/api/api-route";
import { articleOperations } from "@/lib/articles/openapi";
import { listArticleComments } from "@/lib/articles/queries";
import { postArticleComment } from "@/lib/articles/service";

export const GET = apiRoute(articleOperations.comments, async ({ actor, params }) =>
  ok(await listArticleComments(actor, params.slug)),
);

export const POST = apiRoute(articleOperations.comment, async ({ actor, params, body }) => {
  const comment = await postArticleComment(actor, params.slug, body);
  return created(comment, `/api/v1/articles/${params.slug}/comments/${comment.id}`);
});
