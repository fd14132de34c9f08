import { apiRoute } from "@/lib/api/api-route";
import { forumOperations } from "@/lib/forum/openapi";
import { listReplies } from "@/lib/forum/queries";
import { createReply } from "@/lib/forum/service/replies";

export const GET = apiRoute(forumOperations.listReplies, async ({ actor, params, query }) => ({
  body: await listReplies(actor, params.id, query),
}));

export const POST = apiRoute(forumOperations.createReply, async ({ actor, params, body }) => {
  const reply = await createReply(actor, params.id, body);
  return {
    status: 201,
    body: { data: reply },
    headers: { location: `/api/v1/forum/replies/${reply.id}` },
  };
});
