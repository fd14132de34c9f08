import { apiRoute, ok } from "@/lib/api/api-route";
import { labOperations } from "@/lib/lab/openapi";
import { getLabCancellation } from "@/lib/lab/queries";

export const GET = apiRoute(labOperations.cancellation, async ({ actor, params }) =>
  ok(await getLabCancellation(actor, params.id)),
);
