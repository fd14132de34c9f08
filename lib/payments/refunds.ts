import "server-only";
import { and, eq } from "drizzle-orm";
import { db, type Queryable } from "@/db/client";
import { payments, type PaymentPurpose } from "@/db/schema";
import { money } from "@/lib/money";
import type { RefundPreview } from "./contract";

/**
 * Refunds on cancellation. Medicine orders (pending / confirmed) and lab bookings (booked) refund
 * in full: nothing has been spent yet. Appointments follow the policy in lib/payments (helper D
 * writes it). `referenceId` is the internal id of the cancelled row.
 */

/** What cancelling the thing would refund, from what was actually paid online. */
export async function refundPreview(
  purpose: PaymentPurpose,
  referenceId: number,
  on: Queryable = db,
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
  return { paid: money(paid.amount), refund: money(paid.amount), kind: "full" };
}

/**
 * After a cancellation has committed: ask the provider to refund what was paid (idempotent; a
 * failure is retried by the payments cron). Does nothing when nothing was paid online.
 */
export async function refundAfterCancel(
  purpose: PaymentPurpose,
  referenceId: number,
): Promise<void> {
  const preview = await refundPreview(purpose, referenceId);
  if (preview.kind === "none") return;
  // Helper D: request the refund from the provider here (lib/payments/provider).
  throw new Error("refundAfterCancel: provider refunds not wired yet");
}
