import { apiRoute, ok } from "@/lib/api/api-route";
import { emergencyOperations } from "@/lib/emergency/openapi";
import { getEmergencyRequest } from "@/lib/emergency/queries";

/** The requester's view; the token may come as X-Tracking-Token (preferred) or ?token=. */
export const GET = apiRoute(emergencyOperations.get, async ({ actor, params, query, request }) =>
  ok(
    await getEmergencyRequest(
      actor,
      params.id,
      request.headers.get("x-tracking-token") ?? query.token,
    ),
  ),
);
