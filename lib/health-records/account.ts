import "server-only";
import { and, asc, eq, isNotNull } from "drizzle-orm";
import { db } from "@/db/client";
import { healthRecords } from "@/db/schema";
import { defineAccountPart } from "@/lib/account/part";

/** My health records: their metadata exported (files by download); rows and files deleted. */
export const healthRecordsAccount = defineAccountPart({
  domain: "health-records",
  async exportForUser(userId) {
    const rows = await db
      .select({
        id: healthRecords.uuid,
        recordType: healthRecords.recordType,
        title: healthRecords.title,
        description: healthRecords.description,
        documentDate: healthRecords.documentDate,
        doctorName: healthRecords.doctorName,
        hospitalName: healthRecords.hospitalName,
        mimeType: healthRecords.mimeType,
        sizeBytes: healthRecords.sizeBytes,
        source: healthRecords.source,
        createdAt: healthRecords.createdAt,
      })
      .from(healthRecords)
      .where(eq(healthRecords.userId, userId))
      .orderBy(asc(healthRecords.createdAt));
    return { healthRecords: rows };
  },
  async eraseForUser(tx, userId) {
    const files = await tx
      .select({ fileKey: healthRecords.fileKey })
      .from(healthRecords)
      .where(and(eq(healthRecords.userId, userId), isNotNull(healthRecords.fileKey)));
    await tx.delete(healthRecords).where(eq(healthRecords.userId, userId));
    return files.map((f) => f.fileKey);
  },
  userColumns: {
    erased: [healthRecords.userId],
    kept: [
      {
        column: healthRecords.uploadedBy,
        reason: "a record someone uploaded for another patient (a lab report) stays that patient's",
      },
    ],
  },
});
