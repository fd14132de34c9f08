import { apiRoute, ok } from "@/lib/api/api-route";
import { requestContextOf } from "@/lib/auth/request-context";
import { forumOperations } from "@/lib/forum/openapi";
import { deletePost, updatePost } from "@/lib/forum/service/posts";
import { viewPost } from "@/lib/forum/service/views";

export const GET = apiRoute(forumOperations.getPost, async ({ actor, params, request }) =>
  ok(await viewPost(actor, params.id, requestContextOf(request).ip)),
);

export const PUT = apiRoute(forumOperations.updatePost, async ({ actor, params, body }) =>
  ok(await updatePost(actor, params.id, body)),
);

export const DELETE = apiRoute(forumOperations.deletePost, async ({ actor, params, body }) => {
  await deletePost(actor, params.id, { reason: body.reason ?? null });
  return { status: 204 };
});
