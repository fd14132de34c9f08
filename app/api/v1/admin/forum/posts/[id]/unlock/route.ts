import { apiRoute, ok } from "@/lib/api/api-route";
import { moderationOperations } from "@/lib/moderation/openapi";
import { unlockForumPost } from "@/lib/moderation/service";

export const POST = apiRoute(moderationOperations.unlockPost, async ({ actor, params }) =>
  ok(await unlockForumPost(actor, params.id)),
);
