import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { translateDbErrors } from "@/db/errors";
import { appointments, doctors, ratings, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { doctorChanged } from "@/lib/cache/public-pages";
import { notFound } from "@/lib/access/owner";
import { AppError } from "@/lib/errors";
import { toRatingDto } from "./mappers";
import type { RateDoctorInput, RatingDto } from "./schemas";

/**
 * Rates a verified doctor as the patient of a COMPLETED appointment with them (422 on
 * `appointmentId` otherwise, also for someone else's appointment), once per patient and doctor
 * (409). The doctor's rating_avg/rating_count are recomputed from the ratings table in the same
 * transaction, after locking the doctor row so concurrent ratings serialize and the aggregate
 * statement sees every committed rating.
 */
export async function rateDoctor(
  actor: Actor,
  doctorUuid: string,
  input: RateDoctorInput,
): Promise<RatingDto> {
  const rating = await translateDbErrors(
    () =>
      db.transaction(async (tx) => {
        const [doctor] = await tx
          .select({ id: doctors.id })
          .from(doctors)
          .where(and(eq(doctors.uuid, doctorUuid), eq(doctors.verificationStatus, "verified")))
          .limit(1)
          .for("update");
        if (!doctor) throw notFound("doctor");

        const [appointment] = await tx
          .select({ id: appointments.id })
          .from(appointments)
          .where(
            and(
              eq(appointments.uuid, input.appointmentId),
              eq(appointments.patientId, actor.userId),
              eq(appointments.doctorId, doctor.id),
              eq(appointments.status, "completed"),
            ),
          )
          .limit(1);
        if (!appointment) {
          throw new AppError(
            "validation_failed",
            "You can rate a doctor only after a completed appointment with them.",
            {
              errors: [
                {
                  path: "appointmentId",
                  message: "is not a completed appointment of yours with this doctor",
                },
              ],
            },
          );
        }

        const [row] = await tx
          .insert(ratings)
          .values({
            patientId: actor.userId,
            doctorId: doctor.id,
            appointmentId: appointment.id,
            rating: input.rating,
            review: input.review ?? null,
            wouldRecommend: input.wouldRecommend ?? null,
          })
          .returning({
            uuid: ratings.uuid,
            rating: ratings.rating,
            review: ratings.review,
            wouldRecommend: ratings.wouldRecommend,
            createdAt: ratings.createdAt,
          });

        const visible = sql`${ratings.doctorId} = ${doctor.id} and ${ratings.hiddenAt} is null`;
        await tx
          .update(doctors)
          .set({
            ratingCount: sql`(select count(*) from ${ratings} where ${visible})::int`,
            ratingAvg: sql`coalesce(round((select avg(${ratings.rating}) from ${ratings} where ${visible}), 1), 0)`,
          })
          .where(eq(doctors.id, doctor.id));

        const [patient] = await tx
          .select({ name: users.fullName })
          .from(users)
          .where(eq(users.id, actor.userId))
          .limit(1);
        return toRatingDto({ ...row!, patientName: patient?.name ?? "" });
      }),
    {
      ratings_patient_doctor_uniq: (_info, cause) =>
        new AppError("conflict", "You have already rated this doctor.", { cause }),
    },
  );
  // The average shows on cards and the profile, the review on the profile.
  doctorChanged(doctorUuid);
  return rating;
}
