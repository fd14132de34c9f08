import "server-only";
import { and, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { payments, type PaymentRow } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/log/logger";
import { enforceRateLimit } from "@/lib/rate-limit";
import { parseInput } from "@/lib/validation/parse-input";
import { toPaymentDto } from "../mappers";
import { findPayable } from "../payables";
import { requireProvider } from "../provider";
import { refundAfterCancel } from "../refunds";
import { verifyPaymentSchema, type PaymentDto, type VerifyPaymentInput } from "../schemas";
import { settlePaid } from "./settle";

const badSignature = () =>
  new AppError("validation_failed", "The payment could not be confirmed.", {
    errors: [{ path: "razorpaySignature", message: "does not match this payment" }],
  });

/**
 * Confirms a payment from the provider's signed answer (order id, payment id, signature) and
 * marks it and its thing paid in one transaction. Idempotent: a repeat answers the paid payment.
 * A bad signature is 422 and changes nothing. A thing cancelled while its payer was paying is
 * refunded at once.
 */
async function confirmSigned(row: PaymentRow, input: VerifyPaymentInput): Promise<PaymentRow> {
  const provider = requireProvider();
  const signed =
    row.providerRef === input.razorpayOrderId &&
    provider.verifyPaymentSignature(
      input.razorpayOrderId,
      input.razorpayPaymentId,
      input.razorpaySignature,
    );
  if (!signed) throw badSignature();
  if (row.status === "paid" || row.status === "refunded") {
    if (row.providerPaymentId === input.razorpayPaymentId) return row;
    throw new AppError("conflict", "This payment was already completed with another attempt.");
  }
  const paid = await db.transaction((tx) =>
    settlePaid(tx, row, input.razorpayPaymentId, new Date()),
  );
  if (paid) await refundIfCancelled(paid);
  const [now] = await db.select().from(payments).where(eq(payments.id, row.id));
  return now!;
}

/** A thing cancelled before its payment landed gets that payment back. */
export async function refundIfCancelled(paid: PaymentRow): Promise<void> {
  const thing = await findPayable(paid.purpose, { referenceId: paid.referenceId });
  if (thing?.cancelled) {
    logger.info({ payment: paid.uuid }, "payment landed on a cancelled thing; refunding");
    await refundAfterCancel(paid.purpose, paid.referenceId);
  }
}

/** `POST /payments/:id/verify`: my payment, confirmed by the provider's signature. */
export async function verifyPayment(
  actor: Actor,
  paymentId: string,
  input: unknown,
): Promise<PaymentDto> {
  const data = parseInput(verifyPaymentSchema, input);
  await enforceRateLimit("payment_verify", String(actor.userId));
  const [row] = await db
    .select()
    .from(payments)
    .where(and(eq(payments.uuid, paymentId), eq(payments.userId, actor.userId)))
    .limit(1);
  if (!row) throw new AppError("not_found", "No such payment.");
  return toPaymentDto(await confirmSigned(row, data));
}

/**
 * The hosted checkout's callback: a POST from the payer's browser without our cookies, so the
 * provider's signature is the only proof; the payment is found by its provider order id.
 * Returns the payment, or null when the order id is not ours.
 */
export async function confirmCheckoutCallback(input: unknown): Promise<PaymentDto | null> {
  const data = parseInput(verifyPaymentSchema, input);
  const [row] = await db
    .select()
    .from(payments)
    .where(and(eq(payments.provider, "razorpay"), eq(payments.providerRef, data.razorpayOrderId)))
    .limit(1);
  if (!row) return null;
  return toPaymentDto(await confirmSigned(row, data));
}
