import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, text, unique } from "drizzle-orm/pg-core";
import { id, money, publicId, timestamps } from "./_columns";
import { labBookings } from "./lab-bookings";
import { labTests } from "./lab-tests";

/** Tests in one booking, with name and price snapshots computed by the server. */
export const labBookingItems = pgTable(
  "lab_booking_items",
  {
    id: id(),
    uuid: publicId(),
    bookingId: integer()
      .notNull()
      .references(() => labBookings.id, { onDelete: "cascade" }),
    labTestId: integer()
      .notNull()
      .references(() => labTests.id, { onDelete: "restrict" }),
    nameSnapshot: text().notNull(),
    priceSnapshot: money().notNull(),
    ...timestamps(),
  },
  (t) => [
    unique("lab_booking_items_booking_test_uniq").on(t.bookingId, t.labTestId),
    index("lab_booking_items_lab_test_id_idx").on(t.labTestId),
    check("lab_booking_items_price_check", sql`${t.priceSnapshot} >= 0`),
  ],
);

export type LabBookingItemRow = typeof labBookingItems.$inferSelect;
export type NewLabBookingItemRow = typeof labBookingItems.$inferInsert;
