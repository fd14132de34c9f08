import "server-only";
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { doctors, ratings, users } from "@/db/schema";
import type { Page } from "@/lib/api/pagination";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { toRatingDto } from "./mappers";
import type { ListRatingsQuery, RatingDto, RatingSummary } from "./schemas";

export type RatingsPage = Page<RatingDto> & { summary: RatingSummary };

/**
 * A verified doctor's visible ratings, newest first, with a summary (average, count and the
 * distribution of stars). Public: `actor` may be null. Unverified or unknown doctors are 404.
 */
export async function listDoctorRatings(
  _actor: Actor | null,
  doctorUuid: string,
  query: ListRatingsQuery,
): Promise<RatingsPage> {
  const [doctor] = await db
    .select({ id: doctors.id })
    .from(doctors)
    .where(and(eq(doctors.uuid, doctorUuid), eq(doctors.verificationStatus, "verified")))
    .limit(1);
  if (!doctor) throw new AppError("not_found", "No such doctor.");

  const visible = and(eq(ratings.doctorId, doctor.id), isNull(ratings.hiddenAt));
  const [rows, counts] = await Promise.all([
    db
      .select({
        uuid: ratings.uuid,
        rating: ratings.rating,
        review: ratings.review,
        wouldRecommend: ratings.wouldRecommend,
        createdAt: ratings.createdAt,
        patientName: users.fullName,
      })
      .from(ratings)
      .innerJoin(users, eq(users.id, ratings.patientId))
      .where(visible)
      .orderBy(desc(ratings.createdAt), desc(ratings.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db
      .select({ rating: ratings.rating, n: sql<number>`count(*)::int` })
      .from(ratings)
      .where(visible)
      .groupBy(ratings.rating),
  ]);

  const distribution = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
  let count = 0;
  let sum = 0;
  for (const { rating, n } of counts) {
    const k = Number(n);
    if (rating >= 1 && rating <= 5) distribution[rating as 1 | 2 | 3 | 4 | 5] = k;
    count += k;
    sum += rating * k;
  }
  const average = count === 0 ? 0 : Math.round((sum / count) * 10) / 10;
  return {
    data: rows.map(toRatingDto),
    meta: { page: query.page, pageSize: query.pageSize, total: count },
    summary: { average, count, distribution },
  };
}

/** One visible rating of a verified doctor, by its id; anything else is 404. */
export async function getDoctorRating(
  _actor: Actor | null,
  doctorUuid: string,
  ratingUuid: string,
): Promise<RatingDto> {
  const [row] = await db
    .select({
      uuid: ratings.uuid,
      rating: ratings.rating,
      review: ratings.review,
      wouldRecommend: ratings.wouldRecommend,
      createdAt: ratings.createdAt,
      patientName: users.fullName,
    })
    .from(ratings)
    .innerJoin(doctors, eq(doctors.id, ratings.doctorId))
    .innerJoin(users, eq(users.id, ratings.patientId))
    .where(
      and(
        eq(ratings.uuid, ratingUuid),
        eq(doctors.uuid, doctorUuid),
        eq(doctors.verificationStatus, "verified"),
        isNull(ratings.hiddenAt),
      ),
    )
    .limit(1);
  if (!row) throw new AppError("not_found", "No such rating.");
  return toRatingDto(row);
}
