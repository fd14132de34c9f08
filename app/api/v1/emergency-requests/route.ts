import { apiRoute, created } from "@/lib/api/api-route";
import { requestContextOf } from "@/lib/auth/request-context";
import { emergencyOperations } from "@/lib/emergency/openapi";
import { createEmergencyRequest } from "@/lib/emergency/service";

/** Ask for help (guests too): 201 with the request, its tracking token and its Location. */
export const POST = apiRoute(emergencyOperations.create, async ({ actor, body, request }) => {
  const made = await createEmergencyRequest(actor, body, requestContextOf(request));
  return created(made, `/api/v1/emergency-requests/${made.id}`);
});
