import { apiRoute, ok } from "@/lib/api/api-route";
import { moderationOperations } from "@/lib/moderation/openapi";
import { lockForumPost } from "@/lib/moderation/service";

export const POST = apiRoute(moderationOperations.lockPost, async ({ actor, params, body }) =>
  ok(await lockForumPost(actor, params.id, body)),
);
