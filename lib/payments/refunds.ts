import "server-only";
import { and, eq, isNotNull, isNull } from "drizzle-orm";
import { db, type Queryable } from "@/db/client";
import { payments, type PaymentPurpose, type PaymentRow } from "@/db/schema";
import { logger } from "@/lib/log/logger";
import { fromPaise, money, toPaise } from "@/lib/money";
import type { RefundPreview } from "./contract";
import { findPayable } from "./payables";
import { refundPaise, refundShare } from "./policy";
import { paymentProvider } from "./provider";

/**
 * Refunds on cancellation, by the written policy (lib/payments/policy). `referenceId` is the
 * internal id of the cancelled (or about to be cancelled) row.
 */

/** Who is about to cancel, when the thing is not cancelled yet (the preview before confirming). */
export interface PreviewContext {
  now?: Date;
  /** Appointments: the doctor would cancel (a full refund). */
  byDoctor?: boolean;
}

/** What cancelling the thing would refund (or did), from what was actually paid online. */
export async function refundPreview(
  purpose: PaymentPurpose,
  referenceId: number,
  on: Queryable = db,
  context: PreviewContext = {},
): Promise<RefundPreview> {
  const [paid] = await on
    .select({ amount: payments.amount })
    .from(payments)
    .where(
      and(
        eq(payments.purpose, purpose),
        eq(payments.referenceId, referenceId),
        eq(payments.status, "paid"),
      ),
    )
    .limit(1);
  if (!paid) return { paid: "0.00", refund: "0.00", kind: "none" };
  const thing = await findPayable(purpose, { referenceId }, on);
  const share = refundShare({
    purpose,
    cancelledAt: thing?.cancelledAt ?? context.now ?? new Date(),
    startsAt: thing?.startsAt,
    // Once cancelled (or rejected, or expired) the facts decide; before, who is about to cancel.
    byDoctor: thing?.cancelled ? thing.cancelledByDoctor : (context.byDoctor ?? false),
  });
  return {
    paid: money(paid.amount),
    refund: fromPaise(refundPaise(toPaise(paid.amount), share.percent)),
    kind: share.kind,
  };
}

/** Asks the provider for a requested refund and stores its id; false when that failed. */
async function sendRefund(row: PaymentRow): Promise<boolean> {
  const provider = paymentProvider();
  if (!provider || !row.providerPaymentId || !row.refundAmount) return false;
  try {
    const refund = await provider.refund(
      row.providerPaymentId,
      toPaise(row.refundAmount),
      { purpose: row.purpose, payment: row.uuid },
      // The same key on every retry: the provider never refunds one payment twice.
      `refund-${row.uuid}`,
    );
    await db
      .update(payments)
      .set({ refundRef: refund.refundId, updatedAt: new Date() })
      .where(and(eq(payments.id, row.id), isNull(payments.refundRef)));
    return true;
  } catch (err) {
    logger.warn({ err, payment: row.uuid }, "refund request failed; the payments cron retries it");
    return false;
  }
}

/**
 * After a cancellation has committed: records the refund the policy gives (once per payment),
 * then asks the provider for it. A provider failure leaves it requested for the cron to retry;
 * this never throws, as the cancellation itself has already happened.
 */
export async function refundAfterCancel(
  purpose: PaymentPurpose,
  referenceId: number,
): Promise<void> {
  try {
    const preview = await refundPreview(purpose, referenceId);
    if (preview.kind === "none" || preview.kind === "no_refund") return;
    const now = new Date();
    // The claim: only the first caller finds refund_requested_at empty.
    const [claimed] = await db
      .update(payments)
      .set({ refundRequestedAt: now, refundAmount: preview.refund, updatedAt: now })
      .where(
        and(
          eq(payments.purpose, purpose),
          eq(payments.referenceId, referenceId),
          eq(payments.status, "paid"),
          isNull(payments.refundRequestedAt),
        ),
      )
      .returning();
    if (claimed) await sendRefund(claimed);
  } catch (err) {
    logger.error({ err, purpose, referenceId }, "refund after cancellation failed");
  }
}

/** Cron: asks the provider again for refunds requested but not yet accepted. */
export async function retryRequestedRefunds(): Promise<{ refundsRetried: number }> {
  const pending = await db
    .select()
    .from(payments)
    .where(
      and(
        eq(payments.status, "paid"),
        isNotNull(payments.refundRequestedAt),
        isNull(payments.refundRef),
      ),
    )
    .limit(100);
  let refundsRetried = 0;
  for (const row of pending) if (await sendRefund(row)) refundsRetried += 1;
  return { refundsRetried };
}
