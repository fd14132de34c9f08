import { apiRoute, ok } from "@/lib/api/api-route";
import { labOperations } from "@/lib/lab/openapi";
import { setLabBookingStatus } from "@/lib/lab/service";

export const PUT = apiRoute(labOperations.setStatus, async ({ actor, params, body }) =>
  ok(await setLabBookingStatus(actor, params.id, body)),
);
