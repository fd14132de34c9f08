import "server-only";
import { asc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { symptomChecks } from "@/db/schema";
import { defineAccountPart } from "@/lib/account/part";

/** My symptom checks: exported, deleted. */
export const symptomChecksAccount = defineAccountPart({
  domain: "symptom-checks",
  async exportForUser(userId) {
    const rows = await db
      .select({
        id: symptomChecks.uuid,
        symptoms: symptomChecks.symptoms,
        description: symptomChecks.freeText,
        age: symptomChecks.age,
        sex: symptomChecks.sex,
        durationDays: symptomChecks.durationDays,
        bodyArea: symptomChecks.bodyArea,
        locale: symptomChecks.locale,
        followUp: symptomChecks.followUp,
        severity: symptomChecks.severity,
        possibleConditions: symptomChecks.possibleConditions,
        recommendedSpecialty: symptomChecks.recommendedSpecialty,
        summary: symptomChecks.summary,
        advice: symptomChecks.advice,
        redFlags: symptomChecks.redFlags,
        status: symptomChecks.status,
        rulesVersion: symptomChecks.rulesVersion,
        completedAt: symptomChecks.completedAt,
        createdAt: symptomChecks.createdAt,
      })
      .from(symptomChecks)
      .where(eq(symptomChecks.userId, userId))
      .orderBy(asc(symptomChecks.createdAt));
    return { symptomChecks: rows };
  },
  async eraseForUser(tx, userId) {
    await tx.delete(symptomChecks).where(eq(symptomChecks.userId, userId));
  },
  userColumns: { erased: [symptomChecks.userId] },
});
