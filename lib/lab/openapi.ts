import { defineOperation } from "@/lib/api/operation";
import {
  adminLabBookingSchema,
  adminLabBookingsQuerySchema,
  bookLabTestsSchema,
  labBookingIdParamsSchema,
  labBookingSchema,
  labCancellationSchema,
  labSlotsQuerySchema,
  labSlotsSchema,
  labTestIdParamsSchema,
  labTestSchema,
  listLabBookingsQuerySchema,
  searchLabTestsQuerySchema,
  setLabBookingStatusSchema,
} from "./schemas";

/** Lab tests, slots and bookings: the declarations apiRoute serves and the document lists. */
export const labOperations = {
  searchTests: defineOperation({
    method: "get",
    path: "/lab-tests",
    summary:
      "The lab catalogue: tests and packages (with the tests inside) by name, code or what they measure, and category; packages first, then popular tests",
    tag: "Lab",
    auth: "none",
    query: searchLabTestsQuerySchema,
    response: { status: 200, schema: labTestSchema, list: true },
    errors: [422],
  }),
  getTest: defineOperation({
    method: "get",
    path: "/lab-tests/{id}",
    summary:
      "One test or package: what it measures, preparation and fasting, sample type, report time, price and MRP, a package's tests",
    tag: "Lab",
    auth: "none",
    params: labTestIdParamsSchema,
    response: { status: 200, schema: labTestSchema },
    errors: [404],
  }),
  slots: defineOperation({
    method: "get",
    path: "/lab-slots",
    summary:
      "A day's collection slots (Asia/Kolkata), tomorrow up to 7 days ahead (422 otherwise): home collection hourly 06:00-11:00 with the places left in the PIN's area (first 3 digits; LAB_SLOT_CAPACITY per slot), lab visits hourly 08:00-16:00",
    tag: "Lab",
    auth: "none",
    query: labSlotsQuerySchema,
    response: { status: 200, schema: labSlotsSchema },
    errors: [422],
  }),
  list: defineOperation({
    method: "get",
    path: "/lab-bookings",
    summary: "My lab bookings, the latest collection date first",
    tag: "Lab",
    auth: "user",
    query: listLabBookingsQuerySchema,
    response: { status: 200, schema: labBookingSchema, list: true },
    errors: [422],
  }),
  book: defineOperation({
    method: "post",
    path: "/lab-bookings",
    summary:
      "Book one or more tests: prices from the catalogue, a home collection takes a place in its slot (409 when full). Optional `Idempotency-Key` header: the same key within 24 h returns the first response (`Idempotent-Replayed: true`)",
    description:
      "422 (with `errors[].path`) for no or unknown tests (`testIds.<n>`), a test that cannot be collected at home in a home booking, a date outside tomorrow..7 days ahead (`date`), a time not in the day's list (`time`), a home collection without `collectionAddress`, or an online payment method while online payments are off (`paymentMethod`). 30 bookings and cancellations per hour per user (429).",
    tag: "Lab",
    auth: "user",
    body: bookLabTestsSchema,
    response: { status: 201, schema: labBookingSchema, description: "Booked (Location header)" },
    errors: [409, 422, 429],
  }),
  get: defineOperation({
    method: "get",
    path: "/lab-bookings/{id}",
    summary: "One of my lab bookings",
    tag: "Lab",
    auth: "user",
    params: labBookingIdParamsSchema,
    response: { status: 200, schema: labBookingSchema },
    errors: [404],
  }),
  cancel: defineOperation({
    method: "delete",
    path: "/lab-bookings/{id}",
    summary:
      "Cancel one of my bookings while it is booked (409 once the sample is collected); the collection place is returned and anything paid online refunded in full",
    tag: "Lab",
    auth: "user",
    params: labBookingIdParamsSchema,
    response: { status: 200, schema: labBookingSchema },
    errors: [404, 409, 429],
  }),
  cancellation: defineOperation({
    method: "get",
    path: "/lab-bookings/{id}/cancellation",
    summary:
      "What cancelling now would do: allowed or not, what was paid and the refund, the policy",
    tag: "Lab",
    auth: "user",
    params: labBookingIdParamsSchema,
    response: { status: 200, schema: labCancellationSchema },
    errors: [404],
  }),
  report: defineOperation({
    method: "get",
    path: "/lab-bookings/{id}/report",
    summary:
      "The report of one of my bookings as an attachment (404 until it is ready); the same file as its health record",
    tag: "Lab",
    auth: "user",
    params: labBookingIdParamsSchema,
    response: { status: 200, description: "The report", contentType: "application/octet-stream" },
    errors: [404],
  }),
  uploadReport: defineOperation({
    method: "post",
    path: "/lab-bookings/{id}/report",
    summary:
      "Admin: upload the report (multipart `file`) once the sample is in: files it as the patient's lab_report health record and marks the booking report_ready; the patient is told",
    description:
      "PDF, JPEG, PNG or WebP by content (415 otherwise), at most 10 MB (413), empty 422; 409 unless the booking is sample_collected or processing; 403 for anyone but an admin.",
    tag: "Lab",
    auth: "admin",
    params: labBookingIdParamsSchema,
    upload: {
      field: "file",
      description: "PDF, JPEG, PNG or WebP (checked by content), at most 10 MB",
    },
    response: { status: 200, schema: adminLabBookingSchema },
    errors: [400, 403, 404, 409, 413, 415, 422, 429],
  }),
  setStatus: defineOperation({
    method: "put",
    path: "/lab-bookings/{id}/status",
    summary:
      "Admin: booked -> sample_collected -> processing (one step forward), or cancelled with a reason while the sample is not yet tested; 409 for any other move; the patient is told",
    tag: "Lab",
    auth: "admin",
    params: labBookingIdParamsSchema,
    body: setLabBookingStatusSchema,
    response: { status: 200, schema: adminLabBookingSchema },
    errors: [403, 404, 409, 422],
  }),
  adminList: defineOperation({
    method: "get",
    path: "/admin/lab-bookings",
    summary: "Admin: every lab booking, by status, the latest collection date first",
    tag: "Admin",
    auth: "admin",
    query: adminLabBookingsQuerySchema,
    response: { status: 200, schema: adminLabBookingSchema, list: true },
    errors: [403, 422],
  }),
};
