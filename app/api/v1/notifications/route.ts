import { apiRoute } from "@/lib/api/api-route";
import { notificationOperations } from "@/lib/notifications/openapi";
import { listNotificationsPage } from "@/lib/notifications/queries";

export const GET = apiRoute(notificationOperations.list, async ({ actor, query }) => ({
  body: await listNotificationsPage(actor, query),
}));
