import { apiRoute, ok } from "@/lib/api/api-route";
import { notificationOperations } from "@/lib/notifications/openapi";
import { getNotificationPreferences } from "@/lib/notifications/queries";
import { updateNotificationPreferences } from "@/lib/notifications/service";

/** `/users/me/notification-preferences`: mine only; anyone else's is 404. */
export const GET = apiRoute(notificationOperations.getPreferences, async ({ actor, params }) =>
  ok(await getNotificationPreferences(actor, params.id)),
);

export const PUT = apiRoute(
  notificationOperations.updatePreferences,
  async ({ actor, params, body }) =>
    ok(await updateNotificationPreferences(actor, body, params.id)),
);
