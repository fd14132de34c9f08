import { z } from "zod";
import { moneySchema } from "@/lib/api/money";
import { paginationSchema } from "@/lib/api/pagination";
import { genderValues } from "@/lib/validation/enums";
import { uuidSchema } from "@/lib/validation/ids";
import { parseSpecialty, specialtyKeys } from "./specialties";

const booleanParam = z
  .enum(["true", "false", "1", "0"])
  .transform((v) => v === "true" || v === "1");

const safeText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((s) => !s.includes("\u0000"), "must not contain NUL characters");

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
    q: safeText(100).optional(),
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
