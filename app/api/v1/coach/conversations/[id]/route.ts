import { apiRoute, ok } from "@/lib/api/api-route";
import { coachOperations } from "@/lib/coach/openapi";
import { getConversation } from "@/lib/coach/queries";
import { deleteConversation } from "@/lib/coach/service";

export const GET = apiRoute(coachOperations.get, async ({ actor, params }) =>
  ok(await getConversation(actor, params.id)),
);

export const DELETE = apiRoute(coachOperations.delete, async ({ actor, params }) => {
  await deleteConversation(actor, params.id);
  return { status: 204 };
});
