import "server-only";
import { asc, eq, inArray } from "drizzle-orm";
import { db } from "@/db/client";
import { labBookingItems, labBookings } from "@/db/schema";
import { defineAccountPart } from "@/lib/account/part";
import { withChildren } from "@/lib/account/with-children";

/** My lab bookings with their tests: exported; kept on erase (invoices). */
export const labAccount = defineAccountPart({
  domain: "lab",
  async exportForUser(userId) {
    const rows = await db
      .select({
        id: labBookings.id,
        publicId: labBookings.uuid,
        bookingType: labBookings.bookingType,
        date: labBookings.date,
        timeSlot: labBookings.timeSlot,
        collectionAddress: labBookings.collectionAddress,
        status: labBookings.status,
        total: labBookings.total,
        paymentMethod: labBookings.paymentMethod,
        paymentStatus: labBookings.paymentStatus,
        labName: labBookings.labName,
        cancelReason: labBookings.cancelReason,
        cancelledAt: labBookings.cancelledAt,
        createdAt: labBookings.createdAt,
      })
      .from(labBookings)
      .where(eq(labBookings.userId, userId))
      .orderBy(asc(labBookings.createdAt));
    const labBookingsWithTests = await withChildren(rows, "tests", (ids) =>
      db
        .select({
          parentId: labBookingItems.bookingId,
          name: labBookingItems.nameSnapshot,
          price: labBookingItems.priceSnapshot,
        })
        .from(labBookingItems)
        .where(inArray(labBookingItems.bookingId, ids)),
    );
    return { labBookings: labBookingsWithTests };
  },
  userColumns: {
    kept: [
      { column: labBookings.userId, reason: "bookings are invoices, kept for the tax records" },
    ],
  },
});
