/**
 * D3: the doctor's availability as ONE document (`GET|PUT /doctors/me/availability`): the weekly
 * template (several ranges a day), time off, minimum notice and instant confirmation. Isomorphic.
 */
import { z } from "zod";
import type { AvailabilityMode } from "@/db/schema/doctor-availability";
import { dateSchema, timeSchema } from "@/lib/appointments/schemas";
import { weeklyHoursIssues } from "@/lib/doctors/policy";
import { sameAs, type Same } from "@/lib/validation/enums";
import { clearableText } from "@/lib/validation/fields";

export const availabilityModeValues = ["online", "offline", "both"] as const;
sameAs<Same<(typeof availabilityModeValues)[number], AvailabilityMode>>(true);

/** The notices a doctor can choose (minutes): none, 30 min, 1, 2, 4, 12 h, 1, 2 days. */
export const minNoticeChoices = [0, 30, 60, 120, 240, 720, 1440, 2880] as const;

/** One range of the weekly template, in the doctor's timezone (Asia/Kolkata). */
export const weeklyRangeSchema = z.object({
  weekday: z.number().int().min(0).max(6).describe("0 = Sunday .. 6 = Saturday"),
  startTime: timeSchema,
  endTime: timeSchema.describe("after startTime; a range cannot cross midnight"),
  slotMinutes: z.number().int().min(10).max(60).default(30).describe("length of one slot"),
  mode: z.enum(availabilityModeValues).default("both"),
});

export const timeOffInputSchema = z
  .object({
    startsOn: dateSchema,
    endsOn: dateSchema.describe("inclusive; not before startsOn, not in the past"),
    reason: clearableText(200).optional(),
  })
  .refine((r) => r.endsOn >= r.startsOn, {
    path: ["endsOn"],
    message: "must not be before startsOn",
  });

const documentRangeSchema = weeklyRangeSchema.extend({
  slotMinutes: z
    .number()
    .int()
    .min(10)
    .max(60)
    .optional()
    .describe("length of one slot; the document's slotMinutes (default 30) when absent"),
  maxPatients: z
    .literal(1, { error: "only one patient per slot is supported" })
    .optional()
    .describe("patients per slot; 1 (the only value supported)"),
});

/** Body of `PUT /doctors/me/availability`: the whole document; what is absent keeps its value. */
export const availabilityInputSchema = z
  .object({
    slotMinutes: z.number().int().min(10).max(60).optional().describe("default slot length"),
    weekly: z
      .array(documentRangeSchema)
      .max(70, "at most 70 ranges")
      .describe("the whole weekly template ([] clears it); ranges may touch but not overlap"),
    timeOff: z
      .array(timeOffInputSchema)
      .max(100, "at most 100 entries")
      .describe("whole days off from today on (replaces current and future time off)"),
    minNoticeMinutes: z
      .number()
      .int()
      .min(0)
      .max(10080, "must be at most 7 days (10080 minutes)")
      .describe("slots starting sooner than this are neither shown nor bookable"),
    instantConfirm: z
      .boolean()
      .describe("bookings are confirmed at once instead of waiting for your answer"),
  })
  .transform((doc) => ({
    ...doc,
    weekly: doc.weekly.map((r) => ({
      weekday: r.weekday,
      startTime: r.startTime,
      endTime: r.endTime,
      mode: r.mode,
      slotMinutes: r.slotMinutes ?? doc.slotMinutes ?? 30,
    })),
  }))
  .superRefine((doc, ctx) => {
    for (const issue of weeklyHoursIssues(doc.weekly)) {
      ctx.addIssue({ code: "custom", message: issue.message, path: ["weekly", ...issue.path] });
    }
  });
export type AvailabilityInput = z.output<typeof availabilityInputSchema>;

export const availabilityPutQuerySchema = z.object({
  dryRun: z
    .enum(["true", "false", "1", "0"])
    .optional()
    .transform((v) => v === "true" || v === "1")
    .describe("check and report affected bookings without saving"),
});

export const affectedAppointmentSchema = z.object({
  id: z.uuid(),
  date: dateSchema,
  time: timeSchema,
  patientFirstName: z.string(),
  why: z.enum(["outside_hours", "time_off"]),
});
export type AffectedAppointment = z.infer<typeof affectedAppointmentSchema>;

const previewDaySchema = z.object({
  date: dateSchema,
  slots: z.array(z.object({ time: timeSchema, modes: z.array(z.enum(["online", "offline"])) })),
});

/** The document as stored, plus what patients will see over the next 7 days. */
export const availabilityDocumentSchema = z.object({
  timezone: z.string().describe("IANA zone of the times and dates"),
  weekly: z.array(
    weeklyRangeSchema.extend({ slotMinutes: z.number().int(), maxPatients: z.number().int() }),
  ),
  timeOff: z
    .array(z.object({ startsOn: dateSchema, endsOn: dateSchema, reason: z.string().nullable() }))
    .describe("current and future days off"),
  minNoticeMinutes: z.number().int(),
  instantConfirm: z.boolean(),
  preview: z
    .array(previewDaySchema)
    .nullable()
    .describe("free slots patients see over the next 7 days; null until the profile is verified"),
});
export type AvailabilityDocument = z.infer<typeof availabilityDocumentSchema>;

export const availabilitySaveSchema = z.object({
  saved: z.boolean().describe("false for a dry run"),
  availability: availabilityDocumentSchema,
  affectedAppointments: z
    .array(affectedAppointmentSchema)
    .describe(
      "live future bookings the new hours or time off no longer cover; they are NOT changed (cancel them yourself if you cannot see them)",
    ),
});
export type AvailabilitySaveResult = z.infer<typeof availabilitySaveSchema>;
