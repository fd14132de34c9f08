import { sql } from "drizzle-orm";
import {
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgSequence,
  pgTable,
  text,
} from "drizzle-orm/pg-core";
import { id, money, publicId, timestamps, timestamptz, type AddressSnapshot } from "./_columns";
import { paymentMethodEnum, paymentStatusEnum } from "./_enums";
import { healthRecords } from "./health-records";
import { users } from "./users";

export const medicineOrderStatuses = [
  "pending",
  "confirmed",
  "dispatched",
  "delivered",
  "cancelled",
] as const;
export type MedicineOrderStatus = (typeof medicineOrderStatuses)[number];
export const medicineOrderStatusEnum = pgEnum("medicine_order_status", medicineOrderStatuses);

/** Numbers orders: MO-<year>-<six digits of this sequence> (lib/pharmacy). */
export const medicineOrderNumberSeq = pgSequence("medicine_order_number_seq");

/** Order header; lines are in `medicine_order_items`. Totals are computed by the server. */
export const medicineOrders = pgTable(
  "medicine_orders",
  {
    id: id(),
    uuid: publicId(),
    orderNumber: text().notNull().unique("medicine_orders_order_number_uniq"),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    status: medicineOrderStatusEnum().notNull().default("pending"),
    subtotal: money().notNull(),
    deliveryFee: money().notNull().default("0"),
    total: money().notNull(),
    paymentMethod: paymentMethodEnum().notNull(),
    paymentStatus: paymentStatusEnum().notNull().default("pending"),
    deliveryAddress: jsonb().$type<AddressSnapshot>().notNull(),
    prescriptionRecordId: integer().references(() => healthRecords.id, { onDelete: "set null" }),
    expectedDelivery: date(),
    pharmacyName: text(),
    notes: text(),
    cancelReason: text(),
    cancelledAt: timestamptz(),
    confirmedAt: timestamptz(),
    dispatchedAt: timestamptz(),
    deliveredAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    index("medicine_orders_user_created_idx").on(t.userId, t.createdAt),
    index("medicine_orders_status_idx").on(t.status),
    check("medicine_orders_subtotal_check", sql`${t.subtotal} >= 0`),
    check("medicine_orders_delivery_fee_check", sql`${t.deliveryFee} >= 0`),
    check("medicine_orders_total_check", sql`${t.total} >= 0`),
  ],
);

export type MedicineOrderRow = typeof medicineOrders.$inferSelect;
export type NewMedicineOrderRow = typeof medicineOrders.$inferInsert;
