import type { Operation } from "@/lib/api/openapi/operations";
import {
  availabilityQuerySchema,
  availabilitySchema,
  doctorAvailabilityParamsSchema,
} from "./schemas";

/** Availability and Appointments in the OpenAPI document; the schemas are the routes' own. */
export const appointmentOperations: Operation[] = [
  {
    method: "get",
    path: "/doctors/{id}/availability",
    summary:
      "Free slots of a verified doctor per day (clinic-local dates and times in the doctor's timezone); default today and the next 13 days, at most 31 days",
    tag: "Doctors",
    auth: "optional",
    params: doctorAvailabilityParamsSchema,
    query: availabilityQuerySchema,
    response: { status: 200, schema: availabilitySchema },
    errors: [404, 422],
  },
];
