import { apiRoute, ok } from "@/lib/api/api-route";
import { moderationOperations } from "@/lib/moderation/openapi";
import { hideForumPost } from "@/lib/moderation/service";

export const POST = apiRoute(moderationOperations.hidePost, async ({ actor, params, body }) =>
  ok(await hideForumPost(actor, params.id, body)),
);
