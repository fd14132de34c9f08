import { apiRoute, ok } from "@/lib/api/api-route";
import { getDoctorRating } from "@/lib/ratings/queries";
import { ratingOperations } from "@/lib/ratings/openapi";

export const GET = apiRoute(ratingOperations.get, async ({ actor, params }) =>
  ok(await getDoctorRating(actor, params.id, params.ratingId)),
);
