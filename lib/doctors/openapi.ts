import { z } from "zod";
import { defineOperation } from "@/lib/api/operation";
import {
  doctorStatsSchema,
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
    description:
      "Filters, sorts and pages the verified doctors. `q` is one search box that understands " +
      'specialties in English and Hindi ("Cardiology Pune", "हृदय रोग विशेषज्ञ", "dil ka doctor"), ' +
      'cities, localities ("skin doctor andheri"), names with typos and "near me"; see `q`.',
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
  resubmit: defineOperation({
    method: "post",
    path: "/doctors/me/resubmit",
    summary: "Send my corrected, rejected application back for review",
    description:
      "rejected -> pending: the admin's rejection reason is cleared and submittedAt becomes now (its place in the admin queue). Only from rejected: 409 when pending or verified. 404 without a doctor profile.",
    tag: "Doctors",
    auth: "user",
    response: { status: 200, schema: doctorProfileSchema },
    errors: [401, 404, 409],
  }),
  stats: defineOperation({
    method: "get",
    path: "/doctors/me/stats",
    summary: "My dashboard numbers, computed from my appointments and ratings",
    tag: "Doctors",
    auth: "user",
    response: { status: 200, schema: doctorStatsSchema },
    errors: [401, 404],
  }),
  createCalendarFeed: defineOperation({
    method: "post",
    path: "/doctors/me/calendar-feed",
    summary: "Turn on, or rotate, my private calendar feed: answers its URL once",
    description:
      "A new unguessable URL for Google or Apple Calendar listing my pending and confirmed appointments of the next 90 days (no health details: the kind of visit and the patient's first name). Only a hash of its token is stored, so the URL is shown in this answer only; calling again makes a new one and the old URL stops working. 404 without a doctor profile.",
    tag: "Doctors",
    auth: "user",
    response: { status: 201, schema: z.object({ url: z.url() }) },
    errors: [401, 404],
  }),
  deleteCalendarFeed: defineOperation({
    method: "delete",
    path: "/doctors/me/calendar-feed",
    summary: "Turn my private calendar feed off (its URL answers 404)",
    tag: "Doctors",
    auth: "user",
    response: { status: 204, description: "Turned off" },
    errors: [401, 404],
  }),
  calendarFeed: defineOperation({
    method: "get",
    path: "/calendar-feeds/{file}",
    summary: "A doctor's private calendar feed (`<token>.ics`): the token is the credential",
    description:
      "No sign-in: calendar apps fetch it with the URL from POST /doctors/me/calendar-feed. 404 for an unknown, rotated or turned-off token. 60 fetches per minute per address (429). Never cached.",
    tag: "Doctors",
    auth: "none",
    params: z.object({ file: z.string().max(80) }),
    response: { status: 200, description: "The calendar", contentType: "text/calendar" },
    errors: [404, 429],
  }),
};
