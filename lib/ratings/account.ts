import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { doctors, ratings } from "@/db/schema";
import { doctorName, doctorUser } from "@/lib/account/doctor-name";
import { defineAccountPart } from "@/lib/account/part";

/** My ratings of doctors: exported; kept on erase (the review shows as Deleted user). */
export const ratingsAccount = defineAccountPart({
  domain: "ratings",
  async exportForUser(userId) {
    const rows = await db
      .select({
        id: ratings.uuid,
        ...doctorName,
        rating: ratings.rating,
        review: ratings.review,
        wouldRecommend: ratings.wouldRecommend,
        createdAt: ratings.createdAt,
      })
      .from(ratings)
      .innerJoin(doctors, eq(doctors.id, ratings.doctorId))
      .innerJoin(doctorUser, eq(doctorUser.id, doctors.userId))
      .where(eq(ratings.patientId, userId));
    return { ratings: rows };
  },
  userColumns: {
    kept: [
      {
        column: ratings.patientId,
        reason: "a doctor's public rating stays, shown as Deleted user, so averages do not jump",
      },
    ],
  },
});
