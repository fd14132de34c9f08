import { apiRoute, ok } from "@/lib/api/api-route";
import { forumOperations } from "@/lib/forum/openapi";
import { toggleReplyVote } from "@/lib/forum/service/votes";

export const POST = apiRoute(forumOperations.voteReply, async ({ actor, params }) =>
  ok(await toggleReplyVote(actor, params.id)),
);
