import { apiRoute, ok } from "@/lib/api/api-route";
import { emergencyOperations } from "@/lib/emergency/openapi";
import { listEmergencies } from "@/lib/emergency/queries";

export const GET = apiRoute(emergencyOperations.adminList, async ({ actor, query }) =>
  ok(await listEmergencies(actor, query, { door: "api" })),
);
