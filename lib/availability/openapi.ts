import { defineOperation } from "@/lib/api/operation";
import {
  availabilityDocumentSchema,
  availabilityInputSchema,
  availabilityPutQuerySchema,
  availabilitySaveSchema,
} from "./schemas";

/** D3: the doctor's own availability document. */
export const availabilityOperations = {
  get: defineOperation({
    method: "get",
    path: "/doctors/me/availability",
    summary:
      "My weekly hours (several ranges a day), current and future time off, minimum notice and instant confirmation, with the free slots patients see over the next 7 days. 403 without a doctor profile",
    tag: "Doctors",
    auth: "user",
    response: { status: 200, schema: availabilityDocumentSchema },
    errors: [403],
  }),
  put: defineOperation({
    method: "put",
    path: "/doctors/me/availability",
    summary:
      "Replace my whole availability document. Overlapping ranges or slots that do not fit are 422 with the path (weekly.<i>.startTime ...). Live future bookings the new hours or time off no longer cover are listed in affectedAppointments and NOT changed. ?dryRun=true checks and reports without saving",
    tag: "Doctors",
    auth: "user",
    query: availabilityPutQuerySchema,
    body: availabilityInputSchema,
    response: { status: 200, schema: availabilitySaveSchema },
    errors: [403, 422],
  }),
};
