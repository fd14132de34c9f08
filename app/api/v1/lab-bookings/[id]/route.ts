import { apiRoute, ok } from "@/lib/api/api-route";
import { requestContextOf } from "@/lib/auth/request-context";
import { labOperations } from "@/lib/lab/openapi";
import { getLabBooking } from "@/lib/lab/queries";
import { cancelLabBooking } from "@/lib/lab/service";

export const GET = apiRoute(labOperations.get, async ({ actor, params }) =>
  ok(await getLabBooking(actor, params.id)),
);

export const DELETE = apiRoute(labOperations.cancel, async ({ actor, params, request }) =>
  ok(await cancelLabBooking(actor, params.id, { origin: requestContextOf(request).origin })),
);
