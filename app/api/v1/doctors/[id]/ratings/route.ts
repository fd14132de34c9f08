import { apiRoute, created } from "@/lib/api/api-route";
import { doctorIdParamsSchema } from "@/lib/doctors/schemas";
import { listDoctorRatings } from "@/lib/ratings/queries";
import { listRatingsQuerySchema, rateDoctorSchema } from "@/lib/ratings/schemas";
import { rateDoctor } from "@/lib/ratings/service";

export const GET = apiRoute(
  { auth: "optional", params: doctorIdParamsSchema, query: listRatingsQuerySchema },
  async ({ actor, params, query }) => ({ body: await listDoctorRatings(actor, params.id, query) }),
);

/** Rates the doctor; 201 with the rating and its Location. */
export const POST = apiRoute(
  { auth: "user", params: doctorIdParamsSchema, body: rateDoctorSchema },
  async ({ actor, params, body }) => {
    const rating = await rateDoctor(actor, params.id, body);
    return created(rating, `/api/v1/doctors/${params.id}/ratings/${rating.id}`);
  },
);
