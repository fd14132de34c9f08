import { apiRoute, ok } from "@/lib/api/api-route";
import { notificationOperations } from "@/lib/notifications/openapi";
import { markNotificationRead } from "@/lib/notifications/service";

export const POST = apiRoute(notificationOperations.read, async ({ actor, params }) =>
  ok(await markNotificationRead(actor, params.id)),
);
