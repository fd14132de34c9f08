import { apiRoute, created } from "@/lib/api/api-route";
import { listDoctorRatings } from "@/lib/ratings/queries";
import { ratingOperations } from "@/lib/ratings/openapi";
import { rateDoctor } from "@/lib/ratings/service";

export const GET = apiRoute(ratingOperations.list, async ({ actor, params, query }) => ({
  body: await listDoctorRatings(actor, params.id, query),
}));

/** Rates the doctor; 201 with the rating and its Location. */
export const POST = apiRoute(ratingOperations.rate, async ({ actor, params, body }) => {
  const rating = await rateDoctor(actor, params.id, body);
  return created(rating, `/api/v1/doctors/${params.id}/ratings/${rating.id}`);
});
