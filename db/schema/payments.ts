import { sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  unique,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { id, money, publicId, timestamps, timestamptz } from "./_columns";
import { paymentMethodEnum, paymentStatusEnum } from "./_enums";
import { users } from "./users";

export const paymentPurposes = ["appointment", "medicine_order", "lab_booking"] as const;
export type PaymentPurpose = (typeof paymentPurposes)[number];
export const paymentPurposeEnum = pgEnum("payment_purpose", paymentPurposes);

/**
 * Payment attempts. `reference_id` is the internal id of the row named by `purpose` (polymorphic,
 * no FK). Without a gateway only cod / pay_at_clinic exist and nothing is ever "paid".
 */
export const payments = pgTable(
  "payments",
  {
    id: id(),
    uuid: publicId(),
    purpose: paymentPurposeEnum().notNull(),
    referenceId: integer().notNull(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    amount: money().notNull(),
    method: paymentMethodEnum().notNull(),
    provider: text(),
    /** The provider's order id (Razorpay `order_...`), created before the payer is asked to pay. */
    providerRef: text(),
    /** The provider's payment id (Razorpay `pay_...`) once the payer paid. */
    providerPaymentId: text(),
    status: paymentStatusEnum().notNull().default("pending"),
    paidAt: timestamptz(),
    failureReason: text(),
    /** A refund was asked of the provider; `status` turns `refunded` when it confirms. */
    refundRequestedAt: timestamptz(),
    refundAmount: money(),
    /** The provider's refund id (Razorpay `rfnd_...`). */
    refundRef: text(),
    refundedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    index("payments_purpose_reference_idx").on(t.purpose, t.referenceId),
    index("payments_user_id_idx").on(t.userId),
    unique("payments_provider_ref_uniq").on(t.provider, t.providerRef),
    unique("payments_provider_payment_id_uniq").on(t.provider, t.providerPaymentId),
    // One live attempt (pending, paid or refunded) per thing paid for: never charged twice.
    uniqueIndex("payments_one_live_per_reference_uniq")
      .on(t.purpose, t.referenceId)
      .where(sql`${t.status} <> 'failed'`),
    check("payments_amount_check", sql`${t.amount} >= 0`),
    check(
      "payments_refund_amount_check",
      sql`${t.refundAmount} is null or (${t.refundAmount} >= 0 and ${t.refundAmount} <= ${t.amount})`,
    ),
    check(
      "payments_paid_at_check",
      sql`${t.status} not in ('paid', 'refunded') or ${t.paidAt} is not null`,
    ),
  ],
);

export type PaymentRow = typeof payments.$inferSelect;
export type NewPaymentRow = typeof payments.$inferInsert;
