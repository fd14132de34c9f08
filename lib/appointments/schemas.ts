import { z } from "zod";
import type { AppointmentStatus, ConsultationType } from "@/db/schema/appointments";
import { moneySchema } from "@/lib/api/money";
import { paginationSchema } from "@/lib/api/pagination";
import { specialtyKeys } from "@/lib/doctors/specialties";
import { sameAs, type Same } from "@/lib/validation/enums";
import { text } from "@/lib/validation/fields";
import { uuidSchema } from "@/lib/validation/ids";
import { bookingRules } from "./slots";
import { daysBetween, isCalendarDate } from "./zoned-time";

const consultationTypes = ["online", "offline"] as const;
sameAs<Same<(typeof consultationTypes)[number], ConsultationType>>(true);
const appointmentStatuses = [
  "pending",
  "confirmed",
  "rejected",
  "completed",
  "cancelled",
  "no_show",
  "rescheduled",
  "expired",
] as const;
sameAs<Same<(typeof appointmentStatuses)[number], AppointmentStatus>>(true);

/** A clinic-local calendar date. */
export const dateSchema = z
  .string()
  .refine(isCalendarDate, "must be a date written YYYY-MM-DD")
  .describe("clinic-local date, YYYY-MM-DD");

/** A clinic-local start time, 24 h. */
export const timeSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be a time written HH:MM (24 h)")
  .describe("clinic-local time, HH:MM (24 h)");

/** Query of `GET /doctors/:id/availability`; both ends optional (today .. +13 days). */
export const availabilityQuerySchema = z
  .object({ from: dateSchema.optional(), to: dateSchema.optional() })
  .superRefine((q, ctx) => {
    if (!q.from || !q.to) return;
    const span = daysBetween(q.from, q.to);
    if (span < 0)
      ctx.addIssue({ code: "custom", path: ["to"], message: "must not be before from" });
    else if (span >= bookingRules.maxRangeDays) {
      ctx.addIssue({
        code: "custom",
        path: ["to"],
        message: `the range may span at most ${bookingRules.maxRangeDays} days`,
      });
    }
  });

export type AvailabilityQuery = z.infer<typeof availabilityQuerySchema>;

export const freeSlotSchema = z.object({
  time: timeSchema,
  modes: z
    .array(z.enum(consultationTypes))
    .describe("consultation types this slot can be booked as"),
});

export const availabilitySchema = z.object({
  doctorId: z.uuid(),
  timezone: z.string().describe("IANA zone of the dates and times below"),
  from: dateSchema,
  to: dateSchema,
  days: z
    .array(z.object({ date: dateSchema, slots: z.array(freeSlotSchema) }))
    .describe("every day of the range; `slots` is empty when nothing is free"),
});

export type AvailabilityDto = z.infer<typeof availabilitySchema>;

export const nextSlotSchema = freeSlotSchema.extend({ date: dateSchema });
export type NextSlotDto = z.infer<typeof nextSlotSchema>;

/** Body of `POST /appointments`. The fee is never sent: the server copies the doctor's. */
export const bookAppointmentSchema = z.object({
  doctorId: z.uuid({ message: "must be a doctor's UUID" }),
  date: dateSchema,
  time: timeSchema,
  consultationType: z.enum(consultationTypes),
  symptoms: text(0, 2000).optional(),
  chiefComplaint: text(0, 500).optional(),
  symptomCheckId: z
    .uuid({ message: "must be a symptom check's UUID" })
    .optional()
    .describe(
      "one of my finished symptom checks, shared with the doctor (its summary fills `symptoms` when that is empty)",
    ),
});

export type BookAppointmentInput = z.infer<typeof bookAppointmentSchema>;

/** Body of `POST /appointments/:id/reschedule`. */
export const rescheduleAppointmentSchema = z.object({ date: dateSchema, time: timeSchema });
export type RescheduleAppointmentInput = z.infer<typeof rescheduleAppointmentSchema>;

/** Body of `DELETE /appointments/:id`: optional for the patient, required when the doctor cancels. */
export const cancelAppointmentSchema = z.object({
  reason: text(0, 500)
    .optional()
    .describe("required when the doctor cancels (the patient is told it)"),
});

/** Body of `POST /appointments/:id/decline`. */
export const declineAppointmentSchema = z.object({
  reason: text(1, 500).describe("told to the patient"),
});
export type DeclineAppointmentInput = z.infer<typeof declineAppointmentSchema>;
export type CancelAppointmentInput = z.infer<typeof cancelAppointmentSchema>;

/**
 * Body of `PUT /appointments/:id`. The patient may change `symptoms` and `chiefComplaint` while the
 * appointment is live; the doctor may set `status` (completed | no_show) and `doctorNotes` once it
 * has started. `null` clears a text field.
 */
export const updateAppointmentSchema = z
  .object({
    symptoms: text(0, 2000).nullable().optional(),
    chiefComplaint: text(0, 500).nullable().optional(),
    status: z.enum(["completed", "no_show"]).optional(),
    doctorNotes: text(0, 5000).nullable().optional(),
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), {
    message: "send at least one field to change",
  });

export type UpdateAppointmentInput = z.infer<typeof updateAppointmentSchema>;

export const appointmentIdParamsSchema = z.object({ id: uuidSchema });
export const doctorAvailabilityParamsSchema = appointmentIdParamsSchema;

/** Query of `GET /appointments`. */
export const listAppointmentsQuerySchema = paginationSchema.extend({
  as: z
    .enum(["patient", "doctor"])
    .default("patient")
    .describe("patient: the ones I booked; doctor: the ones booked with me"),
  status: z.enum(appointmentStatuses).optional(),
  from: dateSchema.optional(),
  to: dateSchema.optional(),
  when: z
    .enum(["upcoming", "past"])
    .optional()
    .describe(
      "upcoming: pending or confirmed and not yet over (start + duration after now, in the doctor's timezone); past: everything else",
    ),
  order: z
    .enum(["asc", "desc"])
    .optional()
    .describe("by date and time; default asc with when=upcoming, else desc"),
});

export type ListAppointmentsQuery = z.infer<typeof listAppointmentsQuerySchema>;

/** What leaves the server for one appointment (patient's and doctor's view alike). */
export const appointmentSchema = z.object({
  id: z.uuid(),
  doctor: z.object({ id: z.uuid(), name: z.string(), specialty: z.enum(specialtyKeys) }),
  patient: z.object({
    id: z.uuid(),
    name: z.string(),
    phone: z.string().nullable().describe("the patient's phone, for the appointment's doctor only"),
  }),
  date: dateSchema,
  time: timeSchema,
  timezone: z.string().describe("IANA zone of date and time (the doctor's)"),
  startsAt: z.string().describe("the start as an ISO-8601 instant (UTC)"),
  durationMinutes: z.number().int(),
  consultationType: z.enum(consultationTypes),
  status: z.enum(appointmentStatuses),
  symptoms: z.string().nullable(),
  chiefComplaint: z.string().nullable(),
  fee: moneySchema,
  cancelReason: z.string().nullable(),
  rejectionReason: z.string().nullable().describe("why the doctor declined the request"),
  doctorNotes: z.string().nullable(),
  rescheduledFromId: z
    .uuid()
    .nullable()
    .describe("the appointment this one replaced (that one's status is rescheduled)"),
  rescheduledToId: z
    .uuid()
    .nullable()
    .describe("when rescheduled: the appointment that replaced this one"),
  createdAt: z.string(),
  answerBy: z
    .string()
    .nullable()
    .describe(
      "pending requests: the instant (30 minutes before the start) after which the request expires unanswered",
    ),
  canAnswer: z.boolean().describe("the doctor may accept or decline this request now"),
  canCancel: z.boolean(),
  canReschedule: z.boolean(),
  canJoin: z.boolean(),
  canEditIntake: z.boolean().describe("the patient may still change symptoms and complaint"),
  canRecordOutcome: z.boolean().describe("the doctor may mark it completed or no-show now"),
  canWriteNotes: z.boolean().describe("the doctor may write notes now"),
  canRate: z.boolean().describe("the patient may rate the doctor (once per doctor)"),
  upcoming: z
    .boolean()
    .describe("live and not over at the time of the answer (the when=upcoming list)"),
  inProgress: z.boolean().describe("live, started and not over at the time of the answer"),
});

export type AppointmentDto = z.infer<typeof appointmentSchema>;

export const meetingLinkSchema = z.object({
  url: z.url(),
  provider: z.literal("jitsi"),
  opensAt: z.string().describe("ISO-8601 instant: 10 minutes before the start"),
  closesAt: z.string().describe("ISO-8601 instant: 60 minutes after the start"),
});

export type MeetingLinkDto = z.infer<typeof meetingLinkSchema>;
