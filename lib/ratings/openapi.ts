import type { Operation } from "@/lib/api/openapi/operations";
import { doctorIdParamsSchema } from "@/lib/doctors/schemas";
import {
  listRatingsQuerySchema,
  rateDoctorSchema,
  ratingIdParamsSchema,
  ratingSchema,
} from "./schemas";

/** Doctor ratings in the OpenAPI document; the schemas are the routes' own. */
export const ratingOperations: Operation[] = [
  {
    method: "get",
    path: "/doctors/{id}/ratings",
    summary:
      "A verified doctor's ratings, newest first, with a summary (average, count, distribution) beside meta",
    tag: "Doctors",
    auth: "optional",
    params: doctorIdParamsSchema,
    query: listRatingsQuerySchema,
    response: { status: 200, schema: ratingSchema, list: true },
    errors: [404, 422],
  },
  {
    method: "post",
    path: "/doctors/{id}/ratings",
    summary:
      "Rate a doctor after a completed appointment with them; one rating per patient and doctor",
    tag: "Doctors",
    auth: "user",
    params: doctorIdParamsSchema,
    body: rateDoctorSchema,
    response: { status: 201, schema: ratingSchema },
    errors: [401, 404, 409, 422],
  },
  {
    method: "get",
    path: "/doctors/{id}/ratings/{ratingId}",
    summary: "One rating of a verified doctor",
    tag: "Doctors",
    auth: "optional",
    params: ratingIdParamsSchema,
    response: { status: 200, schema: ratingSchema },
    errors: [404],
  },
];
