import { apiRoute } from "@/lib/api/api-route";
import { pushOperations } from "@/lib/push/openapi";
import { subscribePush, unsubscribePush } from "@/lib/push/service";

export const POST = apiRoute(pushOperations.subscribe, async ({ actor, body, request }) => ({
  status: 201,
  body: { data: await subscribePush(actor, body, request.headers.get("user-agent")) },
}));

export const DELETE = apiRoute(pushOperations.unsubscribe, async ({ actor, body }) => {
  await unsubscribePush(actor, body);
  return { status: 204 };
});
