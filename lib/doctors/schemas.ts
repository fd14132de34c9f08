import { z } from "zod";
import type { VerificationStatus } from "@/db/schema/doctors";
import { moneySchema } from "@/lib/api/money";
import { paginationSchema } from "@/lib/api/pagination";
import { dateSchema, timeSchema } from "@/lib/appointments/schemas";
import { genderValues, sameAs, type Same } from "@/lib/validation/enums";
import {
  clearableGender,
  clearableText,
  hasNoNul,
  noNulMessage,
  text,
} from "@/lib/validation/fields";
import { uuidSchema } from "@/lib/validation/ids";
import {
  availabilityModeValues,
  timeOffInputSchema,
  weeklyRangeSchema,
} from "@/lib/availability/schemas";
import { consultationModeIssues, weeklyHoursIssues, type RuleIssue } from "./policy";
import { councilCodes } from "./councils";
import { parseSpecialty, specialtyKeys } from "./specialties";

const booleanParam = z
  .enum(["true", "false", "1", "0"])
  .transform((v) => v === "true" || v === "1");

const safeText = (max: number) => z.string().trim().max(max).refine(hasNoNul, noNulMessage);

/** A specialty by its key or its field ("Cardiology"), as the list filter and profiles take it. */
export const specialtySchema = z
  .string()
  .max(60)
  .transform((value, ctx) => {
    const key = parseSpecialty(value);
    if (!key) {
      ctx.addIssue({
        code: "custom",
        message: `unknown specialty; use one of ${specialtyKeys.join(", ")}`,
      });
      return z.NEVER;
    }
    return key;
  })
  .describe(`one of ${specialtyKeys.join(", ")} (the field, e.g. "Cardiology", is accepted too)`);

/** A language as doctors' profiles store it and the filter compares it: "marathi " -> "Marathi". */
export const languageName = (s: string) =>
  s.trim().charAt(0).toUpperCase() + s.trim().slice(1).toLowerCase();

const doctorSortValues = ["rating", "fee", "experience", "distance"] as const;

/** Query of `GET /api/v1/doctors` and of the find-a-doctor page (filters live in the URL). */
export const doctorListQuerySchema = paginationSchema
  .extend({
    q: safeText(100)
      .optional()
      .describe(
        "free text, in English, Hindi or Hindi in Latin letters: specialty words, lay ones too " +
          '("heart doctor", "skin", "दिल का डॉक्टर", "bachchon ka doctor", misspelt "cardiolgist"), ' +
          'a city ("Pune", "मुंबई", "Bombay"), a locality, doctor or clinic names with small typos ' +
          '("Dr Patwardan"), and "near me" (sorts by distance from lat/lng when given, else ignored). ' +
          "A specialty or city in the text filters like the specialty and city parameters; the other " +
          "words must each be in, or close to a word of, the doctor's name, clinic, locality or city, " +
          "and the closest matches come first, then the chosen sort",
      ),
    specialty: specialtySchema.optional(),
    city: safeText(60).optional(),
    online: booleanParam.optional(),
    minRating: z.coerce.number().min(0).max(5).optional(),
    maxFee: z.coerce.number().min(0).max(100_000).optional(),
    language: safeText(40).optional(),
    gender: z.enum(genderValues).optional(),
    minExperience: z.coerce
      .number()
      .int()
      .min(0)
      .max(80)
      .optional()
      .describe("at least this many years of experience"),
    sort: z.enum(doctorSortValues).optional(),
    lat: z.coerce.number().min(-90).max(90).optional(),
    lng: z.coerce.number().min(-180).max(180).optional(),
  })
  .refine((q) => q.sort !== "distance" || (q.lat !== undefined && q.lng !== undefined), {
    message: "sort=distance needs lat and lng",
    path: ["sort"],
  });

export type DoctorListQuery = z.infer<typeof doctorListQuerySchema>;

export const doctorSummarySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  specialty: z.enum(specialtyKeys),
  qualification: z.string().nullable(),
  experienceYears: z.number().int(),
  feeOnline: moneySchema.nullable(),
  feeOffline: moneySchema.nullable(),
  offersOnline: z.boolean(),
  offersOffline: z.boolean(),
  bookableModes: z
    .array(z.enum(["online", "offline"]))
    .describe("the consultation types a patient can book now (none for an unverified doctor)"),
  languages: z.array(z.string()),
  rating: z.number().nullable().describe("average of ratings, null when unrated"),
  ratingCount: z.number().int(),
  photoUrl: z.string().nullable(),
  gender: z.enum(genderValues).nullable(),
  city: z.string().nullable(),
  clinicName: z.string().nullable(),
  location: z
    .object({ latitude: z.number(), longitude: z.number() })
    .nullable()
    .describe("the clinic's map pin"),
  distanceKm: z.number().nullable().optional(),
});

export type DoctorSummaryDto = z.infer<typeof doctorSummarySchema>;

export const doctorDetailSchema = doctorSummarySchema.extend({
  bio: z.string().nullable(),
  verified: z.boolean(),
  clinic: z
    .object({
      name: z.string(),
      address: z.string().nullable(),
      city: z.string().nullable(),
      latitude: z.number().nullable(),
      longitude: z.number().nullable(),
    })
    .nullable(),
});

export type DoctorDetailDto = z.infer<typeof doctorDetailSchema>;

export const doctorIdParamsSchema = z.object({ id: uuidSchema });

/**
 * A doctor's own profile: `POST /doctors` (become a doctor), `PUT /doctors/:id` (edit it, with the
 * weekly hours and time off) and the owner's view of it. Isomorphic, like the other schemas.
 */

export const verificationStatusValues = ["pending", "verified", "rejected"] as const;
sameAs<Same<(typeof verificationStatusValues)[number], VerificationStatus>>(true);

const addIssues = (ctx: z.RefinementCtx, issues: RuleIssue[]) => {
  for (const issue of issues) ctx.addIssue({ code: "custom", ...issue });
};

/** "mh 12345 " and "MH12345" are one registration: spaces go, letters are upper-cased. */
export const normaliseLicenseNumber = (value: string) => value.replace(/\s+/g, "").toUpperCase();

const licenseNumber = z
  .string()
  .max(60, "must be at most 60 characters")
  .transform((value, ctx) => {
    const normal = normaliseLicenseNumber(value);
    if (!/^[A-Z0-9][A-Z0-9/.-]{3,39}$/.test(normal)) {
      ctx.addIssue({
        code: "custom",
        message: "must be a registration number of 4-40 letters, digits, '-', '/' or '.'",
      });
      return z.NEVER;
    }
    return normal;
  })
  .describe("medical council registration number; stored without spaces, upper-cased");

/** The council that registered the doctor: NMC or a state medical council (lib/doctors/councils). */
export const registrationCouncilSchema = z
  .enum(councilCodes, { error: "choose the council that registered you" })
  .describe(`one of ${councilCodes.join(", ")}`);

const maxFee = 100_000;
const feeMessage = `must be an amount in INR from 0 to ${maxFee} with at most two decimals, such as "499.00"`;

/** Money in: "499", "499.5", 499 or "499.00"; out: the contract's "499.00". */
export const feeSchema = z
  .union([z.string(), z.number()], { error: feeMessage })
  .transform((value, ctx) => {
    const s = typeof value === "number" ? String(value) : value.trim();
    if (!/^\d{1,6}(?:\.\d{1,2})?$/.test(s) || Number(s) > maxFee) {
      ctx.addIssue({ code: "custom", message: feeMessage });
      return z.NEVER;
    }
    const [whole, cents = ""] = s.split(".");
    return `${Number(whole)}.${cents.padEnd(2, "0")}`;
  })
  .describe('INR as a decimal string, e.g. "499.00" (a number is accepted too)');

const languages = z
  .array(text(2, 40))
  .min(1, "list at least one language")
  .max(10, "list at most 10 languages")
  .transform((list) => [...new Set(list.map(languageName))])
  .describe('languages spoken, e.g. ["English", "Hindi"]');

const experienceYears = z
  .number({ error: "must be a whole number of years" })
  .int("must be a whole number of years")
  .min(0, "must be 0 or more")
  .max(80, "must be at most 80");

/** The clinic where in-clinic consultations happen; it sets the city the doctor is listed under. */
export const clinicInputSchema = z.object({
  name: text(2, 120),
  addressLine: clearableText(200).optional(),
  area: clearableText(100).optional(),
  city: text(2, 60),
  state: clearableText(60).optional(),
  pincode: z
    .string()
    .regex(/^\d{6}$/, "must be a 6-digit PIN code")
    .nullable()
    .optional(),
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
});
export type ClinicInput = z.output<typeof clinicInputSchema>;

const availability = z
  .array(weeklyRangeSchema)
  .max(70, "at most 70 ranges")
  .superRefine((ranges, ctx) => addIssues(ctx, weeklyHoursIssues(ranges)))
  .describe(
    "the whole weekly template (replaces the current one; [] clears it). Several ranges per weekday are fine; they may touch but not overlap",
  );

const timeOff = z
  .array(timeOffInputSchema)
  .max(100, "at most 100 entries")
  .describe("whole days off from today on (replaces current and future time off; [] clears it)");

const profileFields = {
  qualification: text(2, 200),
  experienceYears,
  feeOnline: feeSchema.nullable().optional(),
  feeOffline: feeSchema.nullable().optional(),
  offersOnline: z.boolean(),
  offersOffline: z.boolean(),
  languages,
  bio: clearableText(2000).optional(),
  gender: clearableGender.optional(),
};

/** Body of `POST /doctors`: the signed-in user's application to practise on SwasthAI. */
export const createDoctorProfileSchema = z
  .object({
    specialty: specialtySchema,
    licenseNumber,
    registrationCouncil: registrationCouncilSchema,
    ...profileFields,
    clinic: clinicInputSchema.optional(),
  })
  .superRefine((p, ctx) => addIssues(ctx, consultationModeIssues(p)));
export type CreateDoctorProfileInput = z.output<typeof createDoctorProfileSchema>;

/** Body of `PUT /doctors/:id`: only the fields sent change; the result must still be consistent. */
export const updateDoctorProfileSchema = z.object({
  specialty: specialtySchema.optional().describe("only while the profile is not verified"),
  licenseNumber: licenseNumber.optional().describe("only while the profile is not verified"),
  registrationCouncil: registrationCouncilSchema
    .optional()
    .describe("only while the profile is not verified"),
  qualification: profileFields.qualification.optional(),
  experienceYears: experienceYears.optional(),
  feeOnline: profileFields.feeOnline,
  feeOffline: profileFields.feeOffline,
  offersOnline: z.boolean().optional(),
  offersOffline: z.boolean().optional(),
  languages: languages.optional(),
  bio: profileFields.bio,
  gender: profileFields.gender,
  clinic: clinicInputSchema.nullable().optional().describe("null removes the clinic"),
  availability: availability.optional(),
  timeOff: timeOff.optional(),
});
export type UpdateDoctorProfileInput = z.output<typeof updateDoctorProfileSchema>;

/** The doctor as its owner sees it: the public card plus licence, review state, hours and time off. */
export const doctorProfileSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  specialty: z.enum(specialtyKeys),
  licenseNumber: z.string(),
  registrationCouncil: z
    .string()
    .nullable()
    .describe("NMC or a state medical council code; null on profiles from before it was asked"),
  qualification: z.string(),
  experienceYears: z.number().int(),
  feeOnline: moneySchema.nullable(),
  feeOffline: moneySchema.nullable(),
  offersOnline: z.boolean(),
  offersOffline: z.boolean(),
  languages: z.array(z.string()),
  bio: z.string().nullable(),
  gender: z.enum(genderValues).nullable(),
  timezone: z.string().describe("IANA zone of the weekly hours and time off"),
  verificationStatus: z
    .enum(verificationStatusValues)
    .describe("pending until an admin verifies; only verified doctors are listed and bookable"),
  rejectionReason: z.string().nullable(),
  verifiedAt: z.iso.datetime({ offset: true }).nullable(),
  submittedAt: z.iso
    .datetime({ offset: true })
    .describe("when the application was last submitted for review"),
  rating: z.number().nullable(),
  ratingCount: z.number().int(),
  clinic: z
    .object({
      name: z.string(),
      addressLine: z.string().nullable(),
      area: z.string().nullable(),
      city: z.string(),
      state: z.string().nullable(),
      pincode: z.string().nullable(),
      latitude: z.number(),
      longitude: z.number(),
    })
    .nullable(),
  availability: z.array(
    z.object({
      weekday: z.number().int(),
      startTime: timeSchema,
      endTime: timeSchema,
      slotMinutes: z.number().int(),
      mode: z.enum(availabilityModeValues),
    }),
  ),
  timeOff: z
    .array(z.object({ startsOn: dateSchema, endsOn: dateSchema, reason: z.string().nullable() }))
    .describe("current and future days off"),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type DoctorProfileDto = z.infer<typeof doctorProfileSchema>;

/** `GET /doctors/me/stats`: the doctor's own numbers, all computed from their data. */
export const doctorStatsSchema = z.object({
  patientsSeen: z.number().int().describe("distinct patients with a completed appointment"),
  appointmentsToday: z
    .number()
    .int()
    .describe("today's appointments that are pending, confirmed, completed or no-show"),
  completedCount: z.number().int(),
  noShowCount: z.number().int(),
  completionRate: z
    .number()
    .nullable()
    .describe("completed / (completed + no-show), 0..1; null when no visit was decided yet"),
  noShowRate: z
    .number()
    .nullable()
    .describe("no-show / (completed + no-show), 0..1; null when no visit was decided yet"),
  averageRating: z.number().nullable().describe("null when unrated"),
  ratingCount: z.number().int(),
  reviewCount: z.number().int().describe("visible ratings with a written review"),
  busiestHours: z
    .array(z.object({ hour: z.number().int().min(0).max(23), count: z.number().int() }))
    .describe("the top 3 hours of day (clinic time) by appointments held, most first"),
  topReasons: z
    .array(z.object({ reason: z.string(), count: z.number().int() }))
    .describe("the top 5 reasons for visit (chief complaint, lower-cased and trimmed)"),
  averagePerWeek: z
    .number()
    .describe("appointments held over the last 8 weeks (56 days up to today) / 8, one decimal"),
});
export type DoctorStatsDto = z.infer<typeof doctorStatsSchema>;
