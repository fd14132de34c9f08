import { apiRoute, ok } from "@/lib/api/api-route";
import { forumOperations } from "@/lib/forum/openapi";
import { togglePostVote } from "@/lib/forum/service/votes";

export const POST = apiRoute(forumOperations.votePost, async ({ actor, params }) =>
  ok(await togglePostVote(actor, params.id)),
);
