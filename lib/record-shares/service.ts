import "server-only";
import { and, desc, eq, inArray, ne, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { appointments, doctors, healthRecords, recordShareItems, recordShares } from "@/db/schema";
import { notFound } from "@/lib/access/owner";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/validation/ids";
import { loadShareDto } from "./queries";
import { defaultShareDays, type CreateRecordShareInput, type RecordShareDto } from "./schemas";

const dayMs = 86_400_000;

const notMyDoctor = () =>
  new AppError(
    "validation_failed",
    "You can share records only with a doctor you have an appointment with.",
    {
      errors: [{ path: "doctorId", message: "is not a doctor you have an appointment with" }],
    },
  );

/**
 * Gives a doctor I have an appointment with (not cancelled) consent to read my records: the
 * chosen ones, or all (those added later too), until `expiresAt` (7 days by default, at most 90).
 * A doctor I have no appointment with is 422 on `doctorId` (doctors are public, so this tells
 * nothing new); an appointment that is not mine with them is 422 on `appointmentId`; a record
 * that is not mine is not_found.
 */
export async function createRecordShare(
  actor: Actor,
  input: CreateRecordShareInput,
): Promise<RecordShareDto> {
  const id = await db.transaction(async (tx) => {
    const mine = and(
      eq(appointments.patientId, actor.userId),
      ne(appointments.status, "cancelled"),
      eq(doctors.uuid, input.doctorId),
    );
    const [latest] = await tx
      .select({ id: appointments.id, doctorId: doctors.id, uuid: appointments.uuid })
      .from(appointments)
      .innerJoin(doctors, eq(doctors.id, appointments.doctorId))
      .where(input.appointmentId ? and(mine, eq(appointments.uuid, input.appointmentId)) : mine)
      .orderBy(desc(appointments.date), desc(appointments.time), desc(appointments.id))
      .limit(1);
    if (!latest) {
      if (!input.appointmentId) throw notMyDoctor();
      const [any] = await tx
        .select({ id: appointments.id })
        .from(appointments)
        .innerJoin(doctors, eq(doctors.id, appointments.doctorId))
        .where(mine)
        .limit(1);
      if (!any) throw notMyDoctor();
      throw new AppError("validation_failed", "Choose one of your appointments with this doctor.", {
        errors: [{ path: "appointmentId", message: "is not your appointment with this doctor" }],
      });
    }

    const recordUuids = input.recordIds ? [...new Set(input.recordIds)] : null;
    let recordIds: number[] = [];
    if (recordUuids) {
      const rows = await tx
        .select({ id: healthRecords.id })
        .from(healthRecords)
        .where(
          and(inArray(healthRecords.uuid, recordUuids), eq(healthRecords.userId, actor.userId)),
        );
      if (rows.length !== recordUuids.length) throw notFound("record");
      recordIds = rows.map((r) => r.id);
    }

    const expiresAt = input.expiresAt
      ? new Date(input.expiresAt)
      : new Date(Date.now() + defaultShareDays * dayMs);
    const [share] = await tx
      .insert(recordShares)
      .values({
        ownerId: actor.userId,
        doctorId: latest.doctorId,
        appointmentId: latest.id,
        scope: recordUuids ? "selected" : "all",
        purpose: input.purpose,
        expiresAt,
      })
      .returning({ id: recordShares.id });
    if (recordIds.length) {
      await tx
        .insert(recordShareItems)
        .values(recordIds.map((recordId) => ({ shareId: share!.id, recordId })));
    }
    return share!.id;
  });
  return loadShareDto(id);
}

/**
 * Revokes my share at once (the doctor's next read is not_found). Revoking twice changes
 * nothing and answers the same; someone else's share is not_found.
 */
export async function revokeRecordShare(actor: Actor, id: string): Promise<RecordShareDto> {
  if (!isUuid(id)) throw notFound("share");
  const [row] = await db
    .update(recordShares)
    .set({ revokedAt: sql`coalesce(${recordShares.revokedAt}, now())` })
    .where(and(eq(recordShares.uuid, id), eq(recordShares.ownerId, actor.userId)))
    .returning({ id: recordShares.id });
  if (!row) throw notFound("share");
  return loadShareDto(row.id);
}
