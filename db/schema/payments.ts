import { sql } from "drizzle-orm";
import { check, index, integer, pgEnum, pgTable, text, unique } from "drizzle-orm/pg-core";
import { id, money, publicId, timestamps } from "./_columns";
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
    providerRef: text(),
    status: paymentStatusEnum().notNull().default("pending"),
    ...timestamps(),
  },
  (t) => [
    index("payments_purpose_reference_idx").on(t.purpose, t.referenceId),
    index("payments_user_id_idx").on(t.userId),
    unique("payments_provider_ref_uniq").on(t.provider, t.providerRef),
    check("payments_amount_check", sql`${t.amount} >= 0`),
  ],
);

export type PaymentRow = typeof payments.$inferSelect;
export type NewPaymentRow = typeof payments.$inferInsert;
