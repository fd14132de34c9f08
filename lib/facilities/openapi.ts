import { defineOperation } from "@/lib/api/operation";
import {
  facilityDetailSchema,
  facilityIdParamsSchema,
  facilitySummarySchema,
  listFacilitiesQuerySchema,
} from "./schemas";

/** Hospitals and clinics near a place: the declarations apiRoute serves and OpenAPI lists. */
export const facilityOperations = {
  list: defineOperation({
    method: "get",
    path: "/facilities",
    summary: "Verified facilities within a radius of a point or a city's centre, nearest first",
    description:
      "Give `lat` and `lng`, or a known `city` (its centre is used). `radiusKm` 1-50 (default 10). " +
      "Each item carries `distanceKm`, the great-circle distance rounded to 2 decimals. " +
      "Filters: `q` (name), `type`, `category`, `emergency`, `open24x7`, `department`. " +
      "`meta` also holds the `centre` searched and the `radiusKm`.",
    tag: "Facilities",
    auth: "optional",
    query: listFacilitiesQuerySchema,
    response: { status: 200, schema: facilitySummarySchema, list: true },
    errors: [422],
  }),
  get: defineOperation({
    method: "get",
    path: "/facilities/{id}",
    summary: "One verified facility's details",
    tag: "Facilities",
    auth: "optional",
    params: facilityIdParamsSchema,
    response: { status: 200, schema: facilityDetailSchema },
    errors: [404],
  }),
};
