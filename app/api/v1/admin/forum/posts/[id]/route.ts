import { apiRoute, ok } from "@/lib/api/api-route";
import { moderationOperations } from "@/lib/moderation/openapi";
import { deleteForumPost } from "@/lib/moderation/service";

export const DELETE = apiRoute(moderationOperations.deletePost, async ({ actor, params, body }) =>
  ok(await deleteForumPost(actor, params.id, body)),
);
