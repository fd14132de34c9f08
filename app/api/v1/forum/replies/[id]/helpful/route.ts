import { apiRoute, ok } from "@/lib/api/api-route";
import { forumOperations } from "@/lib/forum/openapi";
import { toggleHelpful } from "@/lib/forum/service/replies";

export const POST = apiRoute(forumOperations.markHelpful, async ({ actor, params }) =>
  ok(await toggleHelpful(actor, params.id)),
);
