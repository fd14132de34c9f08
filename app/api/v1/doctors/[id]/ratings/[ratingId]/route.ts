import { apiRoute, ok } from "@/lib/api/api-route";
import { getDoctorRating } from "@/lib/ratings/queries";
import { ratingIdParamsSchema } from "@/lib/ratings/schemas";

export const GET = apiRoute(
  { auth: "optional", params: ratingIdParamsSchema },
  async ({ actor, params }) => ok(await getDoctorRating(actor, params.id, params.ratingId)),
);
