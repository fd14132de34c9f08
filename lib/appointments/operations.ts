import type { Operation } from "@/lib/api/openapi/operations";
import {
  appointmentIdParamsSchema,
  appointmentSchema,
  availabilityQuerySchema,
  availabilitySchema,
  bookAppointmentSchema,
  cancelAppointmentSchema,
  doctorAvailabilityParamsSchema,
  listAppointmentsQuerySchema,
  meetingLinkSchema,
  rescheduleAppointmentSchema,
  updateAppointmentSchema,
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
  {
    method: "get",
    path: "/appointments",
    summary:
      "My appointments as patient, or with as=doctor the ones booked with me (403 without a doctor profile); filter by status and clinic dates; when=upcoming (live and not over, soonest first) or when=past (the rest, newest first), paged in the database",
    tag: "Appointments",
    auth: "user",
    query: listAppointmentsQuerySchema,
    response: { status: 200, schema: appointmentSchema, list: true },
    errors: [403, 422],
  },
  {
    method: "post",
    path: "/appointments",
    summary:
      "Book a free slot; confirmed at once with the doctor's fee. Optional `Idempotency-Key` header (1-255 visible ASCII): the same key within 24 h returns the first response (with `Idempotent-Replayed: true`), the same key with another body is 422, a duplicate still in progress is 409. 409 when the slot was just taken or you already have an appointment at that time; 422 for a past, out-of-hours, day-off or wrong-mode slot, an unverified doctor, or yourself",
    tag: "Appointments",
    auth: "user",
    body: bookAppointmentSchema,
    response: { status: 201, schema: appointmentSchema, description: "Booked (Location header)" },
    errors: [409, 422],
  },
  {
    method: "get",
    path: "/appointments/{id}",
    summary: "One appointment of mine (as its patient or its doctor)",
    tag: "Appointments",
    auth: "user",
    params: appointmentIdParamsSchema,
    response: { status: 200, schema: appointmentSchema },
    errors: [404],
  },
  {
    method: "put",
    path: "/appointments/{id}",
    summary:
      "Patient: symptoms and chiefComplaint while live. Doctor: status completed|no_show and doctorNotes once it has started. The other side's fields are 403; a state that no longer allows it is 409",
    tag: "Appointments",
    auth: "user",
    params: appointmentIdParamsSchema,
    body: updateAppointmentSchema,
    response: { status: 200, schema: appointmentSchema },
    errors: [403, 404, 409],
  },
  {
    method: "delete",
    path: "/appointments/{id}",
    summary:
      "Cancel (patient or doctor) until the start; optional JSON body {reason}. 200 with the cancelled appointment; 409 once started or no longer live",
    tag: "Appointments",
    auth: "user",
    params: appointmentIdParamsSchema,
    body: cancelAppointmentSchema,
    response: { status: 200, schema: appointmentSchema },
    errors: [404, 409],
  },
  {
    method: "post",
    path: "/appointments/{id}/reschedule",
    summary:
      "Patient: move to another free slot of the same doctor until 2 h before the start, atomically (the old one becomes status rescheduled with rescheduledToId, its slot freed). 200 with the NEW appointment (rescheduledFromId)",
    tag: "Appointments",
    auth: "user",
    params: appointmentIdParamsSchema,
    body: rescheduleAppointmentSchema,
    response: { status: 200, schema: appointmentSchema },
    errors: [403, 404, 409, 422],
  },
  {
    method: "get",
    path: "/appointments/{id}/meeting-link",
    summary:
      "The video room (Jitsi Meet) of an online consultation, for its participants, from 10 minutes before to 60 minutes after the start (409 outside that window; 404 for clinic visits)",
    tag: "Appointments",
    auth: "user",
    params: appointmentIdParamsSchema,
    response: { status: 200, schema: meetingLinkSchema },
    errors: [404, 409],
  },
  {
    method: "get",
    path: "/appointments/{id}/calendar.ics",
    summary: "The appointment as an iCalendar file (text/calendar attachment, times in UTC)",
    tag: "Appointments",
    auth: "user",
    params: appointmentIdParamsSchema,
    response: { status: 200, description: "text/calendar" },
    errors: [404],
  },
];
