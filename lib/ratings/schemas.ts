import { z } from "zod";
import { paginationSchema } from "@/lib/api/pagination";
import { text } from "@/lib/validation/fields";
import { uuidSchema } from "@/lib/validation/ids";

/** POST /doctors/:id/ratings: a rating of a doctor, earned by a completed appointment with them. */
export const rateDoctorSchema = z.object({
  rating: z.number().int().min(1).max(5),
  review: text(0, 2000)
    .optional()
    .transform((s) => (s ? s : undefined)),
  appointmentId: uuidSchema,
  wouldRecommend: z.boolean().optional(),
});
export type RateDoctorInput = z.infer<typeof rateDoctorSchema>;

export const listRatingsQuerySchema = paginationSchema;
export type ListRatingsQuery = z.infer<typeof listRatingsQuerySchema>;

/** One rating as the public sees it (the patient shown as first name and initial). */
export const ratingSchema = z.object({
  id: z.uuid(),
  rating: z.number().int().min(1).max(5),
  review: z.string().nullable(),
  wouldRecommend: z.boolean().nullable(),
  patientName: z.string(),
  createdAt: z.string(),
});
export type RatingDto = z.infer<typeof ratingSchema>;

export const ratingSummarySchema = z.object({
  average: z.number(),
  count: z.number().int(),
  distribution: z.object({
    1: z.number().int(),
    2: z.number().int(),
    3: z.number().int(),
    4: z.number().int(),
    5: z.number().int(),
  }),
});
export type RatingSummary = z.infer<typeof ratingSummarySchema>;

export const ratingIdParamsSchema = z.object({
  id: uuidSchema,
  ratingId: uuidSchema,
});
