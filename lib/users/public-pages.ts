import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { articleComments, articles, doctors, ratings } from "@/db/schema";
import {
  articleCommentsChanged,
  doctorChanged,
  doctorReviewsChanged,
} from "@/lib/cache/public-pages";

/**
 * Internal (does not authorize): the cached signed-out pages that show a user's name, so a
 * rename or an erasure drops them at once (a deleted person's name must not linger in a cached
 * copy). Their doctor profile (on the lists too), the profiles of doctors they reviewed (reviews
 * show the reviewer's short name) and the articles they commented on. Called after the write's
 * transaction commits; the rows it follows (doctor, rating, comment) survive an erasure.
 */
export async function expirePublicPagesShowingUser(userId: number): Promise<void> {
  const [own, reviewed, commented] = await Promise.all([
    db.select({ uuid: doctors.uuid }).from(doctors).where(eq(doctors.userId, userId)).limit(1),
    db
      .selectDistinct({ uuid: doctors.uuid })
      .from(ratings)
      .innerJoin(doctors, eq(doctors.id, ratings.doctorId))
      .where(eq(ratings.patientId, userId)),
    db
      .selectDistinct({ slug: articles.slug })
      .from(articleComments)
      .innerJoin(articles, eq(articles.id, articleComments.articleId))
      .where(eq(articleComments.userId, userId)),
  ]);
  for (const { uuid } of own) doctorChanged(uuid);
  for (const { uuid } of reviewed) doctorReviewsChanged(uuid);
  for (const { slug } of commented) articleCommentsChanged(slug);
}
