import { apiRoute, ok } from "@/lib/api/api-route";
import { moderationOperations } from "@/lib/moderation/openapi";
import { unhideForumPost } from "@/lib/moderation/service";

export const POST = apiRoute(moderationOperations.unhidePost, async ({ actor, params }) =>
  ok(await unhideForumPost(actor, params.id)),
);
