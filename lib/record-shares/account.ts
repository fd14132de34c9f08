import "server-only";
import { asc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db } from "@/db/client";
import {
  doctors,
  healthRecords,
  recordAccessLog,
  recordShareItems,
  recordShares,
  users,
} from "@/db/schema";
import { doctorName, doctorUser } from "@/lib/account/doctor-name";
import { defineAccountPart } from "@/lib/account/part";

const accessor = alias(users, "accessor");

/** My record shares with doctors and the log of reads of my records: exported; shares deleted. */
export const recordSharesAccount = defineAccountPart({
  domain: "record-shares",
  async exportForUser(userId) {
    const [shares, items, accessLog] = await Promise.all([
      db
        .select({
          id: recordShares.uuid,
          ...doctorName,
          scope: recordShares.scope,
          purpose: recordShares.purpose,
          expiresAt: recordShares.expiresAt,
          revokedAt: recordShares.revokedAt,
          createdAt: recordShares.createdAt,
        })
        .from(recordShares)
        .innerJoin(doctors, eq(doctors.id, recordShares.doctorId))
        .innerJoin(doctorUser, eq(doctorUser.id, doctors.userId))
        .where(eq(recordShares.ownerId, userId))
        .orderBy(asc(recordShares.createdAt)),
      db
        .select({ shareId: recordShares.uuid, recordId: healthRecords.uuid })
        .from(recordShareItems)
        .innerJoin(recordShares, eq(recordShares.id, recordShareItems.shareId))
        .innerJoin(healthRecords, eq(healthRecords.id, recordShareItems.recordId))
        .where(eq(recordShares.ownerId, userId))
        .orderBy(asc(recordShares.createdAt), asc(healthRecords.createdAt)),
      db
        .select({
          id: recordAccessLog.uuid,
          recordId: healthRecords.uuid,
          recordTitle: recordAccessLog.recordTitle,
          accessedBy: accessor.fullName,
          action: recordAccessLog.action,
          door: recordAccessLog.door,
          reason: recordAccessLog.reason,
          at: recordAccessLog.at,
        })
        .from(recordAccessLog)
        .leftJoin(healthRecords, eq(healthRecords.id, recordAccessLog.recordId))
        .leftJoin(accessor, eq(accessor.id, recordAccessLog.accessedBy))
        .where(eq(recordAccessLog.ownerId, userId))
        .orderBy(asc(recordAccessLog.at)),
    ]);
    return {
      recordShares: shares.map((share) => ({
        ...share,
        recordIds:
          share.scope === "all"
            ? null
            : items.filter((i) => i.shareId === share.id).map((i) => i.recordId),
      })),
      recordAccessLog: accessLog,
    };
  },
  async eraseForUser(tx, userId) {
    await tx.delete(recordShares).where(eq(recordShares.ownerId, userId));
  },
  userColumns: {
    erased: [recordShares.ownerId],
    kept: [
      {
        column: recordAccessLog.ownerId,
        reason: "the audit trail of who read a record outlives the record (as today's deletion)",
      },
      {
        column: recordAccessLog.accessedBy,
        reason: "who read someone else's record is part of that owner's audit trail",
      },
    ],
  },
});
