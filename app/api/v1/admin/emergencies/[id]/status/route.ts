import { apiRoute, ok } from "@/lib/api/api-route";
import { emergencyOperations } from "@/lib/emergency/openapi";
import { updateEmergencyStatus } from "@/lib/emergency/service";

export const PUT = apiRoute(
  emergencyOperations.adminUpdateStatus,
  async ({ actor, params, body }) => ok(await updateEmergencyStatus(actor, params.id, body)),
);
