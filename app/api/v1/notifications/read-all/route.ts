import { apiRoute, ok } from "@/lib/api/api-route";
import { notificationOperations } from "@/lib/notifications/openapi";
import { markAllNotificationsRead } from "@/lib/notifications/service";

export const POST = apiRoute(notificationOperations.readAll, async ({ actor }) =>
  ok(await markAllNotificationsRead(actor)),
);
