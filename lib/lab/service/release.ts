import "server-only";
import { and, eq, gt, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { labSlotUsage } from "@/db/schema";

/**
 * Gives a cancelled home collection's place back, in the cancelling transaction. Internal: the
 * caller has locked and cancelled the booking (so a place is returned exactly once).
 */
export async function releasePlace(
  tx: Tx,
  booking: { date: string; timeSlot: string; slotArea: string | null },
): Promise<void> {
  if (!booking.slotArea) return;
  await tx
    .update(labSlotUsage)
    .set({ booked: sql`${labSlotUsage.booked} - 1`, updatedAt: sql`now()` })
    .where(
      and(
        eq(labSlotUsage.date, booking.date),
        eq(labSlotUsage.timeSlot, booking.timeSlot),
        eq(labSlotUsage.area, booking.slotArea),
        gt(labSlotUsage.booked, 0),
      ),
    );
}
