import { sql } from "drizzle-orm";
import {
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  time,
} from "drizzle-orm/pg-core";
import { id, money, publicId, timestamps, timestamptz, type AddressSnapshot } from "./_columns";
import { paymentMethodEnum, paymentStatusEnum } from "./_enums";
import { healthRecords } from "./health-records";
import { users } from "./users";

export const labBookingTypes = ["home_collection", "lab_visit"] as const;
export type LabBookingType = (typeof labBookingTypes)[number];
export const labBookingTypeEnum = pgEnum("lab_booking_type", labBookingTypes);

export const labBookingStatuses = [
  "booked",
  "sample_collected",
  "processing",
  "report_ready",
  "cancelled",
] as const;
export type LabBookingStatus = (typeof labBookingStatuses)[number];
export const labBookingStatusEnum = pgEnum("lab_booking_status", labBookingStatuses);

/** Booking header; tests are in `lab_booking_items`. */
export const labBookings = pgTable(
  "lab_bookings",
  {
    id: id(),
    uuid: publicId(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    bookingType: labBookingTypeEnum().notNull(),
    date: date().notNull(),
    /** Start of the collection / visit slot. */
    timeSlot: time().notNull(),
    /** Required for home collection. */
    collectionAddress: jsonb().$type<AddressSnapshot>(),
    status: labBookingStatusEnum().notNull().default("booked"),
    total: money().notNull(),
    paymentMethod: paymentMethodEnum().notNull().default("cod"),
    paymentStatus: paymentStatusEnum().notNull().default("pending"),
    labName: text(),
    reportRecordId: integer().references(() => healthRecords.id, { onDelete: "set null" }),
    /** Home collection: the `lab_slot_usage` area whose place this booking holds. */
    slotArea: text(),
    sampleCollectedAt: timestamptz(),
    processingAt: timestamptz(),
    reportReadyAt: timestamptz(),
    cancelReason: text(),
    cancelledAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    index("lab_bookings_user_date_idx").on(t.userId, t.date),
    index("lab_bookings_status_date_idx").on(t.status, t.date),
    // The medical timeline's order: the slot's start as an instant (lib/timeline).
    index("lab_bookings_user_at_idx").on(
      t.userId,
      sql`((${t.date} + ${t.timeSlot}) at time zone 'Asia/Kolkata')`,
    ),
    check("lab_bookings_total_check", sql`${t.total} >= 0`),
    check("lab_bookings_slot_area_check", sql`${t.slotArea} ~ '^[0-9]{3}$'`),
    check(
      "lab_bookings_home_address_check",
      sql`${t.bookingType} <> 'home_collection' or ${t.collectionAddress} is not null`,
    ),
  ],
);

export type LabBookingRow = typeof labBookings.$inferSelect;
export type NewLabBookingRow = typeof labBookings.$inferInsert;
