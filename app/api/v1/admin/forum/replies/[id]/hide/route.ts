import { apiRoute, ok } from "@/lib/api/api-route";
import { moderationOperations } from "@/lib/moderation/openapi";
import { hideForumReply } from "@/lib/moderation/service";

export const POST = apiRoute(moderationOperations.hideReply, async ({ actor, params, body }) =>
  ok(await hideForumReply(actor, params.id, body)),
);
