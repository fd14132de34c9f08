import "server-only";
import { and, eq, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { appointments, healthRecords, recordShareItems, recordShares } from "@/db/schema";
import type { AccessVia } from "@/lib/access/owner";
import type { Actor } from "@/lib/auth/actor";

/** Why a reader other than the owner was let in; written to the access log. */
export const shareReason = "record share";

/**
 * THE consent rule, as SQL over `health_records`: the doctor may read the record while a LIVE
 * share of its owner with them covers it (not revoked, not expired; scope `all`, or the record is
 * among the share's items) AND an appointment other than a cancelled one exists between them.
 * Every read of someone else's record (list, detail, preview, download, the appointment's
 * records) goes through this predicate; nothing else lets a non-owner in (admins neither).
 */
export function sharedWithDoctor(doctorId: number): SQL {
  return sql`exists (
    select 1 from ${recordShares}
    where ${recordShares.ownerId} = ${healthRecords.userId}
      and ${recordShares.doctorId} = ${doctorId}
      and ${recordShares.revokedAt} is null
      and ${recordShares.expiresAt} > now()
      and (${recordShares.scope} = 'all' or exists (
        select 1 from ${recordShareItems}
        where ${recordShareItems.shareId} = ${recordShares.id}
          and ${recordShareItems.recordId} = ${healthRecords.id}))
  ) and exists (
    select 1 from ${appointments}
    where ${appointments.patientId} = ${healthRecords.userId}
      and ${appointments.doctorId} = ${doctorId}
      and ${appointments.status} <> 'cancelled'
  )`;
}

/**
 * Which records the actor may read, as a `where` over `health_records`: their own, or (a doctor)
 * those `sharedWithDoctor`. `ownerId` narrows to one owner.
 */
export function readableBy(actor: Actor, ownerId?: number): SQL {
  const owner = ownerId === undefined ? undefined : eq(healthRecords.userId, ownerId);
  const mine = eq(healthRecords.userId, actor.userId);
  const access =
    actor.doctorId === null ? mine : sql`(${mine} or ${sharedWithDoctor(actor.doctorId)})`;
  return owner ? and(owner, access)! : access;
}

/** How the actor reaches a record of `ownerId`: their own, by consent, or not at all. */
export type ReadGrant = Extract<AccessVia, "self" | "consent"> | null;

/**
 * Whether the actor may read the owner's record `recordId` (or, without it, any record of
 * theirs) right now: one query. Loads nothing else; callers that need the row filter by
 * `readableBy` in their own select.
 */
export async function findReadGrant(
  actor: Actor,
  ownerId: number,
  recordId?: number,
): Promise<ReadGrant> {
  if (ownerId === actor.userId) return "self";
  if (actor.doctorId === null) return null;
  const [row] = await db
    .select({ id: healthRecords.id })
    .from(healthRecords)
    .where(
      and(
        eq(healthRecords.userId, ownerId),
        recordId === undefined ? undefined : eq(healthRecords.id, recordId),
        sharedWithDoctor(actor.doctorId),
      ),
    )
    .limit(1);
  return row ? "consent" : null;
}
