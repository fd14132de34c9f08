import { apiRoute, ok } from "@/lib/api/api-route";
import { moderationOperations } from "@/lib/moderation/openapi";
import { unhideForumReply } from "@/lib/moderation/service";

export const POST = apiRoute(moderationOperations.unhideReply, async ({ actor, params }) =>
  ok(await unhideForumReply(actor, params.id)),
);
