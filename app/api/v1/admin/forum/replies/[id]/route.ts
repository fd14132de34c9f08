import { apiRoute, ok } from "@/lib/api/api-route";
import { moderationOperations } from "@/lib/moderation/openapi";
import { deleteForumReply } from "@/lib/moderation/service";

export const DELETE = apiRoute(moderationOperations.deleteReply, async ({ actor, params, body }) =>
  ok(await deleteForumReply(actor, params.id, body)),
);
