import { defineOperation } from "@/lib/api/operation";
import { doctorIdParamsSchema } from "@/lib/doctors/schemas";
import {
  listRatingsQuerySchema,
  rateDoctorSchema,
  ratingIdParamsSchema,
  ratingSchema,
} from "./schemas";

/** Doctor ratings: the declarations apiRoute serves and the OpenAPI document lists. */
export const ratingOperations = {
  list: defineOperation({
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
  }),
  rate: defineOperation({
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
  }),
  get: defineOperation({
    method: "get",
    path: "/doctors/{id}/ratings/{ratingId}",
    summary: "One rating of a verified doctor",
    tag: "Doctors",
    auth: "optional",
    params: ratingIdParamsSchema,
    response: { status: 200, schema: ratingSchema },
    errors: [404],
  }),
};
