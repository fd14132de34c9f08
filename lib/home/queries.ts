import "server-only";
import { and, eq, exists, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { doctors, facilities } from "@/db/schema";

/**
 * Cities that have at least one verified doctor's clinic, most doctors first: suggestions for the
 * city filter of the doctor search (the filter itself accepts any text).
 */
export async function listDoctorCities(limit = 50): Promise<string[]> {
  const rows = await db
    .select({ city: facilities.city, n: sql<number>`count(*)` })
    .from(facilities)
    .where(
      exists(
        db
          .select({ one: sql`1` })
          .from(doctors)
          .where(
            and(eq(doctors.facilityId, facilities.id), eq(doctors.verificationStatus, "verified")),
          ),
      ),
    )
    .groupBy(facilities.city)
    .orderBy(sql`count(*) desc`, facilities.city)
    .limit(limit);
  return rows.map((r) => r.city);
}
