import "server-only";
import { and, eq, inArray, ne, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { payments, type PaymentRow } from "@/db/schema";
import { logger } from "@/lib/log/logger";
import { fromPaise } from "@/lib/money";
import { setThingPaymentStatus } from "../payables";

/**
 * The state changes of a payment attempt, shared by the payer's verification, the hosted
 * checkout's callback and the provider's webhooks. Each runs inside the caller's transaction and
 * moves only from the states it names, so a replay changes nothing.
 */

/**
 * Marks the attempt paid (with the provider's payment id) and its thing's paymentStatus "paid".
 * A failed attempt may still turn paid (the payer retried on the same provider order); a newer
 * pending attempt for the same thing is then closed, as only one may be live. Returns the row
 * when this call changed it, null when it was already settled.
 */
export async function settlePaid(
  tx: Queryable,
  payment: Pick<PaymentRow, "id" | "purpose" | "referenceId">,
  providerPaymentId: string,
  now: Date,
): Promise<PaymentRow | null> {
  const [otherPaid] = await tx
    .select({ uuid: payments.uuid })
    .from(payments)
    .where(
      and(
        eq(payments.purpose, payment.purpose),
        eq(payments.referenceId, payment.referenceId),
        inArray(payments.status, ["paid", "refunded"]),
        ne(payments.id, payment.id),
      ),
    )
    .limit(1);
  if (otherPaid) {
    // Paid twice through two provider orders: only one may be live, so this one stays as it is
    // and support refunds it by hand from the provider's dashboard (logged loudly).
    logger.error({ payment: payment.id, providerPaymentId }, "second payment for one thing");
    return null;
  }
  await tx
    .update(payments)
    .set({ status: "failed", failureReason: "superseded by a completed payment", updatedAt: now })
    .where(
      and(
        eq(payments.purpose, payment.purpose),
        eq(payments.referenceId, payment.referenceId),
        eq(payments.status, "pending"),
        ne(payments.id, payment.id),
      ),
    );
  const [paid] = await tx
    .update(payments)
    .set({ status: "paid", paidAt: now, providerPaymentId, failureReason: null, updatedAt: now })
    .where(and(eq(payments.id, payment.id), inArray(payments.status, ["pending", "failed"])))
    .returning();
  if (!paid) return null;
  await setThingPaymentStatus(tx, paid.purpose, paid.referenceId, "paid", ["pending", "failed"]);
  return paid;
}

/** A pending attempt failed at the provider: the payer may start a new one. */
export async function settleFailed(
  tx: Queryable,
  providerOrderId: string,
  reason: string,
  now: Date,
): Promise<void> {
  const [failed] = await tx
    .update(payments)
    .set({ status: "failed", failureReason: reason.slice(0, 500), updatedAt: now })
    .where(
      and(
        eq(payments.provider, "razorpay"),
        eq(payments.providerRef, providerOrderId),
        eq(payments.status, "pending"),
      ),
    )
    .returning();
  if (failed) {
    await setThingPaymentStatus(tx, failed.purpose, failed.referenceId, "failed", ["pending"]);
  }
}

/** The provider confirmed the refund: the attempt and its thing are "refunded". */
export async function settleRefunded(
  tx: Queryable,
  providerPaymentId: string,
  refund: { refundId: string; amountPaise: number | undefined },
  now: Date,
): Promise<void> {
  const [refunded] = await tx
    .update(payments)
    .set({
      status: "refunded",
      refundRef: refund.refundId,
      refundedAt: now,
      // A refund made on the provider's dashboard was never requested here: record its amount.
      refundAmount:
        refund.amountPaise === undefined
          ? sql`${payments.refundAmount}`
          : sql`coalesce(${payments.refundAmount}, ${fromPaise(refund.amountPaise)}::numeric)`,
      updatedAt: now,
    })
    .where(
      and(
        eq(payments.provider, "razorpay"),
        eq(payments.providerPaymentId, providerPaymentId),
        eq(payments.status, "paid"),
      ),
    )
    .returning();
  if (refunded) {
    await setThingPaymentStatus(tx, refunded.purpose, refunded.referenceId, "refunded", ["paid"]);
  }
}
