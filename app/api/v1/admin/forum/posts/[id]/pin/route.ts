import { apiRoute, ok } from "@/lib/api/api-route";
import { moderationOperations } from "@/lib/moderation/openapi";
import { pinForumPost } from "@/lib/moderation/service";

export const POST = apiRoute(moderationOperations.pinPost, async ({ actor, params }) =>
  ok(await pinForumPost(actor, params.id)),
);
