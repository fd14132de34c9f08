import { defineOperation } from "@/lib/api/operation";
import {
  pushSubscriptionInputSchema,
  pushSubscriptionSchema,
  pushUnsubscribeSchema,
} from "./schemas";

/** Web push subscriptions of the signed-in user's browsers. */
export const pushOperations = {
  subscribe: defineOperation({
    method: "post",
    path: "/users/me/push-subscriptions",
    summary:
      "Save this browser's push subscription (PushSubscription.toJSON()); the same endpoint again updates it, and an endpoint another account saved moves to me. 503 when web push is not configured. 30 writes an hour",
    tag: "Notifications",
    auth: "user",
    body: pushSubscriptionInputSchema,
    response: { status: 201, schema: pushSubscriptionSchema },
    errors: [422, 429, 503],
  }),
  unsubscribe: defineOperation({
    method: "delete",
    path: "/users/me/push-subscriptions",
    summary: "Forget one of my push subscriptions by its endpoint (another account's is 404)",
    tag: "Notifications",
    auth: "user",
    body: pushUnsubscribeSchema,
    response: { status: 204, description: "Forgotten" },
    errors: [404, 422, 429],
  }),
};
