import { defineOperation } from "@/lib/api/operation";
import { userIdParamsSchema } from "@/lib/users/schemas";
import {
  listNotificationsQuerySchema,
  notificationIdParamsSchema,
  notificationPreferencesSchema,
  notificationSchema,
  readAllResultSchema,
  updateNotificationPreferencesSchema,
} from "./schemas";

const readResultSchema = notificationSchema.pick({ link: true, readAt: true });

/** My inbox and my notification preferences: the declarations apiRoute serves and the document lists. */
export const notificationOperations = {
  list: defineOperation({
    method: "get",
    path: "/notifications",
    summary:
      "My notifications, newest first, in my saved language; `unread=true` for the unread ones",
    tag: "Notifications",
    auth: "user",
    query: listNotificationsQuerySchema,
    response: { status: 200, schema: notificationSchema, list: true },
    errors: [422],
  }),
  read: defineOperation({
    method: "post",
    path: "/notifications/{id}/read",
    summary:
      "Mark one of my notifications read (someone else's is 404); marking it again keeps the first time. Returns its link",
    tag: "Notifications",
    auth: "user",
    params: notificationIdParamsSchema,
    response: { status: 200, schema: readResultSchema },
    errors: [404, 429],
  }),
  readAll: defineOperation({
    method: "post",
    path: "/notifications/read-all",
    summary: "Mark all my unread notifications read; returns how many were marked",
    tag: "Notifications",
    auth: "user",
    response: { status: 200, schema: readAllResultSchema },
    errors: [429],
  }),
  getPreferences: defineOperation({
    method: "get",
    path: "/users/{id}/notification-preferences",
    params: userIdParamsSchema,
    summary:
      "My notification preferences (`me`; anyone else's is 404): 13 topic switches and the push, SMS and email channels (defaults until I save)",
    description:
      "The inbox keeps every notice whatever these say. Essential notices (cancellations, order progress, moderators' decisions, support answers) ignore the topic switches and use every channel left on.",
    tag: "Notifications",
    auth: "user",
    response: { status: 200, schema: notificationPreferencesSchema },
    errors: [404],
  }),
  updatePreferences: defineOperation({
    method: "put",
    path: "/users/{id}/notification-preferences",
    params: userIdParamsSchema,
    summary:
      "Change some or all of my notification preferences (the rest stay); an unknown key is 422",
    tag: "Notifications",
    auth: "user",
    body: updateNotificationPreferencesSchema,
    response: { status: 200, schema: notificationPreferencesSchema },
    errors: [404, 422, 429],
  }),
};
