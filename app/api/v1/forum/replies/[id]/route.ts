import { apiRoute, ok } from "@/lib/api/api-route";
import { forumOperations } from "@/lib/forum/openapi";
import { getReply } from "@/lib/forum/queries";
import { deleteReply, updateReply } from "@/lib/forum/service/replies";

export const GET = apiRoute(forumOperations.getReply, async ({ actor, params }) =>
  ok(await getReply(actor, params.id)),
);

export const PUT = apiRoute(forumOperations.updateReply, async ({ actor, params, body }) =>
  ok(await updateReply(actor, params.id, body)),
);

export const DELETE = apiRoute(forumOperations.deleteReply, async ({ actor, params, body }) => {
  await deleteReply(actor, params.id, { reason: body.reason ?? null });
  return { status: 204 };
});
