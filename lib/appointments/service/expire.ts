import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db } from "@/db/client";
import { appointments, doctors, users } from "@/db/schema";
import { doctorSlotsChanged } from "@/lib/cache/public-pages";
import { refundAfterCancel } from "@/lib/payments/refunds";
import { noticeOf, notifyParticipants } from "../notify";
import { policyWindows } from "../policy";
import { rebookingFor } from "./rebooking";

const doctorUser = alias(users, "doctor_user");
const patientUser = alias(users, "patient_user");

/** Requests at or past their answer deadline at `now` (optionally of one doctor): their ids. */
function staleRequests(now: Date, doctorId?: number) {
  const deadline = new Date(now.getTime() + policyWindows.answerUntilMinutesBefore * 60_000);
  const startsAt = sql`((${appointments.date} + ${appointments.time}) at time zone ${doctors.timezone})`;
  return db
    .select({ id: appointments.id })
    .from(appointments)
    .innerJoin(doctors, eq(doctors.id, appointments.doctorId))
    .where(
      and(
        eq(appointments.status, "pending"),
        doctorId === undefined ? undefined : eq(appointments.doctorId, doctorId),
        sql`${startsAt} <= ${deadline.toISOString()}::timestamptz`,
      ),
    );
}

/**
 * Pending requests the doctor did not answer by 30 minutes before their slot become `expired`
 * (not live: the slot frees), and each patient is told once, in the app and by mail, with the
 * doctor's next free slots. Claim-once: the UPDATE re-checks `status = 'pending'` on the locked
 * row, so two runs at once never expire (or notify about) the same request twice; only the run
 * that claimed a request notifies, right after its claim commits.
 */
export async function expireStaleRequests(
  now: Date = new Date(),
  scope: { doctorId?: number } = {},
): Promise<{ expired: number }> {
  const claimed = await db.transaction(async (tx) => {
    const ids = await tx
      .update(appointments)
      .set({ status: "expired", updatedAt: now })
      .where(
        and(
          eq(appointments.status, "pending"),
          inArray(appointments.id, staleRequests(now, scope.doctorId)),
        ),
      )
      .returning({ id: appointments.id });
    if (ids.length === 0) return [];
    const rows = await tx
      .select({
        id: appointments.id,
        uuid: appointments.uuid,
        date: appointments.date,
        time: appointments.time,
        consultationType: appointments.consultationType,
        patientId: appointments.patientId,
        doctorUuid: doctors.uuid,
        doctorName: doctorUser.fullName,
        patientName: patientUser.fullName,
      })
      .from(appointments)
      .innerJoin(doctors, eq(doctors.id, appointments.doctorId))
      .innerJoin(doctorUser, eq(doctorUser.id, doctors.userId))
      .innerJoin(patientUser, eq(patientUser.id, appointments.patientId))
      .where(
        inArray(
          appointments.id,
          ids.map((r) => r.id),
        ),
      );
    return rows;
  });
  // After the claim (its rows are ours alone): the next free slots read outside the transaction.
  for (const row of claimed) {
    doctorSlotsChanged(row.doctorUuid);
    const rebooking = await rebookingFor(row.doctorUuid, null, now);
    const notice = noticeOf(row, row.doctorName, row.patientName);
    await notifyParticipants(db, "expired", notice, { patientUserId: row.patientId }, rebooking);
    // A fee paid online for a request the doctor never answered comes back in full.
    await refundAfterCancel("appointment", row.id);
  }
  return { expired: claimed.length };
}
