import { apiRoute, ok } from "@/lib/api/api-route";
import { moderationOperations } from "@/lib/moderation/openapi";
import { unpinForumPost } from "@/lib/moderation/service";

export const POST = apiRoute(moderationOperations.unpinPost, async ({ actor, params }) =>
  ok(await unpinForumPost(actor, params.id)),
);
