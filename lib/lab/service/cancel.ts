import "server-only";
import { and, eq, inArray, lt, sql } from "drizzle-orm";
import { db, type Tx } from "@/db/client";
import { labBookingItems, labBookings } from "@/db/schema";
import { notFound } from "@/lib/access/owner";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { refundAfterCancel } from "@/lib/payments/refunds";
import { enforceRateLimit } from "@/lib/rate-limit";
import { isUuid } from "@/lib/validation/ids";
import { notifyLabPatient, type LabNotice } from "../notify";
import { canCancelLabBooking, unpaidCancelMinutes } from "../policy";
import { loadLabBooking } from "../queries";
import type { LabBookingDto } from "../schemas";
import { releasePlace } from "./release";

/** The booking row a status change locks, with what its notices need. Internal. */
export async function lockLabBooking(tx: Tx, where: { uuid: string; userId?: number }) {
  const [row] = await tx
    .select({
      id: labBookings.id,
      uuid: labBookings.uuid,
      userId: labBookings.userId,
      status: labBookings.status,
      paymentStatus: labBookings.paymentStatus,
      bookingType: labBookings.bookingType,
      date: labBookings.date,
      timeSlot: labBookings.timeSlot,
      slotArea: labBookings.slotArea,
    })
    .from(labBookings)
    .where(
      and(
        eq(labBookings.uuid, where.uuid),
        where.userId === undefined ? undefined : eq(labBookings.userId, where.userId),
      ),
    )
    .for("update")
    .limit(1);
  return row ?? null;
}

type LockedBooking = NonNullable<Awaited<ReturnType<typeof lockLabBooking>>>;

/** The notice facts of a locked booking (its tests' names). Internal. */
export async function noticeOf(tx: Tx, row: LockedBooking): Promise<LabNotice> {
  const tests = await tx
    .select({ name: labBookingItems.nameSnapshot })
    .from(labBookingItems)
    .where(eq(labBookingItems.bookingId, row.id))
    .orderBy(labBookingItems.id);
  return {
    uuid: row.uuid,
    userId: row.userId,
    tests: tests.map((t) => t.name),
    date: row.date,
    time: row.timeSlot,
    bookingType: row.bookingType,
  };
}

/**
 * Cancels a locked booking: status, reason, the slot place back and the notice, in the caller's
 * transaction. Internal: the caller authorized and checked the status.
 */
export async function cancelLocked(
  tx: Tx,
  row: LockedBooking,
  reason: string,
  origin?: string,
): Promise<LabNotice> {
  await tx
    .update(labBookings)
    .set({
      status: "cancelled",
      cancelReason: reason,
      cancelledAt: sql`now()`,
      updatedAt: sql`now()`,
    })
    .where(eq(labBookings.id, row.id));
  await releasePlace(tx, row);
  const notice = await noticeOf(tx, row);
  await notifyLabPatient(tx, "cancelled", notice, origin);
  return notice;
}

/**
 * Cancels one of my bookings while it is still `booked` (409 after the sample is collected;
 * someone else's is 404), giving the collection place back in the same transaction; what was
 * paid online is refunded after the commit.
 */
export async function cancelLabBooking(
  actor: Actor,
  id: string,
  options: { origin?: string } = {},
): Promise<LabBookingDto> {
  if (!isUuid(id)) throw notFound("lab booking");
  await enforceRateLimit("lab_booking", String(actor.userId));
  const internalId = await db.transaction(async (tx) => {
    const row = await lockLabBooking(tx, { uuid: id, userId: actor.userId });
    if (!row) throw notFound("lab booking");
    if (!canCancelLabBooking(row.status)) {
      throw new AppError(
        "conflict",
        `This booking is ${row.status.replaceAll("_", " ")}; it can no longer be cancelled.`,
      );
    }
    await cancelLocked(tx, row, "Cancelled by the patient", options.origin);
    return row.id;
  });
  await refundAfterCancel("lab_booking", internalId);
  const found = await loadLabBooking({ uuid: id, userId: actor.userId });
  return found!.dto;
}

/**
 * Online bookings still unpaid `unpaidCancelMinutes` after they were made are cancelled and their
 * place returned; each patient is told once (the row lock and the status re-check make a second
 * run skip them). For the daily cron.
 */
export async function cancelUnpaidLabBookings(
  now: Date = new Date(),
): Promise<{ cancelled: number }> {
  const cutoff = new Date(now.getTime() - unpaidCancelMinutes * 60_000);
  const stale = await db
    .select({ uuid: labBookings.uuid })
    .from(labBookings)
    .where(
      and(
        eq(labBookings.status, "booked"),
        eq(labBookings.paymentStatus, "pending"),
        inArray(labBookings.paymentMethod, ["upi", "card"]),
        lt(labBookings.createdAt, cutoff),
      ),
    );
  let cancelled = 0;
  for (const { uuid } of stale) {
    const notice = await db.transaction(async (tx) => {
      const row = await lockLabBooking(tx, { uuid });
      // Paid or cancelled since the list was read: leave it.
      if (!row || row.status !== "booked" || row.paymentStatus !== "pending") return null;
      return cancelLocked(tx, row, "Not paid within 30 minutes");
    });
    if (notice) cancelled++;
  }
  return { cancelled };
}
