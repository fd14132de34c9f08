import { apiRoute, ok } from "@/lib/api/api-route";
import { availabilityOperations } from "@/lib/availability/openapi";
import { getMyAvailability, saveMyAvailability } from "@/lib/availability/service";

/** D3: my availability document (weekly hours, time off, notice, instant confirmation). */
export const GET = apiRoute(availabilityOperations.get, async ({ actor }) =>
  ok(await getMyAvailability(actor)),
);

/** Replaces it (or, with ?dryRun=true, only reports the bookings it would leave uncovered). */
export const PUT = apiRoute(availabilityOperations.put, async ({ actor, body, query }) =>
  ok(await saveMyAvailability(actor, body, { dryRun: query.dryRun })),
);
