import { apiRoute, created, ok } from "@/lib/api/api-route";
import { coachOperations } from "@/lib/coach/openapi";
import { listConversations } from "@/lib/coach/queries";
import { createConversation } from "@/lib/coach/service";

export const GET = apiRoute(coachOperations.list, async ({ actor }) =>
  ok(await listConversations(actor)),
);

export const POST = apiRoute(coachOperations.create, async ({ actor, body }) => {
  const conversation = await createConversation(actor, body);
  return created(conversation, `/api/v1/coach/conversations/${conversation.id}`);
});
