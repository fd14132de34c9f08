import { defineOperation } from "@/lib/api/operation";
import {
  createDoctorProfileSchema,
  doctorIdParamsSchema,
  doctorProfileSchema,
  updateDoctorProfileSchema,
  doctorDetailSchema,
  doctorListQuerySchema,
  doctorSummarySchema,
} from "./schemas";

/** The Doctors operations: the declarations apiRoute serves and the OpenAPI document lists. */
export const doctorOperations = {
  list: defineOperation({
    method: "get",
    path: "/doctors",
    summary: "Search verified doctors",
    tag: "Doctors",
    auth: "optional",
    query: doctorListQuerySchema,
    response: { status: 200, schema: doctorSummarySchema, list: true },
    errors: [422],
  }),
  get: defineOperation({
    method: "get",
    path: "/doctors/{id}",
    summary: "A verified doctor's public profile",
    tag: "Doctors",
    auth: "optional",
    params: doctorIdParamsSchema,
    response: { status: 200, schema: doctorDetailSchema },
    errors: [404],
  }),
  create: defineOperation({
    method: "post",
    path: "/doctors",
    summary: "Become a doctor: create your doctor profile, pending verification",
    description:
      "Creates the signed-in user's doctor profile (and clinic, when given). It starts with verificationStatus `pending`: it is not listed and cannot take bookings until an admin verifies it. In the same transaction a patient's role becomes `doctor` (an admin keeps the admin role); existing sessions and tokens keep working, since the role is read on every request. A fee is required for each mode offered (422 on `feeOnline`/`feeOffline` otherwise). 409 when you already have a doctor profile or the licence number is registered (compared ignoring spaces and case; stored without spaces, upper-cased). The answer is the profile as its owner sees it, with an empty weekly template: add hours with PUT /doctors/{id}.",
    tag: "Doctors",
    auth: "user",
    body: createDoctorProfileSchema,
    response: { status: 201, schema: doctorProfileSchema, description: "Created (pending)" },
    errors: [401, 409, 422],
  }),
  me: defineOperation({
    method: "get",
    path: "/doctors/me",
    summary: "Your own doctor profile, whatever its verification status",
    description:
      "The signed-in user's doctor profile as its owner sees it, including a pending or rejected one (GET /doctors/{id} shows only verified doctors): licence number, verificationStatus and rejectionReason, weekly hours and current and future time off. 404 when you have no doctor profile.",
    tag: "Doctors",
    auth: "user",
    response: { status: 200, schema: doctorProfileSchema },
    errors: [401, 404],
  }),
  update: defineOperation({
    method: "put",
    path: "/doctors/{id}",
    summary: "Edit your own doctor profile, weekly hours and time off",
    description:
      "Only the profile's owner may edit it: another user's profile, or an unknown id, is 404, for admins too (they act through the admin tools). Only the fields sent change; the result must still offer a mode and have a fee for each mode offered (422). `clinic` replaces the clinic (null removes it). `availability` replaces the whole weekly template (several ranges per weekday are fine; they may touch but not overlap, end after they start, and hold at least one slot of `slotMinutes`); `timeOff` replaces the current and future time off (past entries are kept). Free slots (GET /doctors/{id}/availability) follow at once. Appointments already booked are NOT cancelled when hours change or days are taken off: cancel or reschedule them separately. Specialty and licence number cannot change once the profile is verified (422). Everything is applied in one transaction, or nothing is.",
    tag: "Doctors",
    auth: "user",
    params: doctorIdParamsSchema,
    body: updateDoctorProfileSchema,
    response: { status: 200, schema: doctorProfileSchema },
    errors: [401, 404, 409, 422],
  }),
};
