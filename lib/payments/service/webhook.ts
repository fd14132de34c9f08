import "server-only";
import { createHash } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { paymentEvents, payments } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { paymentProvider } from "../provider";
import { refundIfCancelled } from "./verify";
import { settleFailed, settlePaid, settleRefunded } from "./settle";

/** The parts of Razorpay's webhook body we read; everything else is ignored. */
const eventSchema = z.object({
  event: z.string(),
  payload: z
    .object({
      payment: z
        .object({
          entity: z.object({
            id: z.string(),
            order_id: z.string().nullish(),
            error_description: z.string().nullish(),
          }),
        })
        .optional(),
      order: z.object({ entity: z.object({ id: z.string() }) }).optional(),
      refund: z
        .object({
          entity: z.object({ id: z.string(), payment_id: z.string(), amount: z.number().int() }),
        })
        .optional(),
    })
    .default({}),
});
type RazorpayEvent = z.infer<typeof eventSchema>;

const rejected = () =>
  new AppError("malformed_request", "The webhook's signature is missing or does not match.");

/**
 * `POST /webhooks/razorpay`: checks the signature over the raw body (400 and nothing changes when
 * it is missing or wrong), records the event id once, and applies payment.captured / order.paid
 * (paid), payment.failed (failed) and refund.processed (refunded) in the same transaction; a
 * redelivered event changes nothing. Other events are recorded and ignored.
 */
export async function handleRazorpayWebhook(
  rawBody: string,
  signature: string | null,
  eventId: string | null,
): Promise<{ applied: boolean }> {
  const provider = paymentProvider();
  if (!provider || !signature || !provider.verifyWebhookSignature(rawBody, signature)) {
    throw rejected();
  }
  let parsed: RazorpayEvent;
  try {
    parsed = eventSchema.parse(JSON.parse(rawBody));
  } catch {
    throw new AppError("malformed_request", "The webhook's body is not a Razorpay event.");
  }
  // Razorpay names each event in x-razorpay-event-id; a redelivery without one has the same body.
  const id = eventId?.trim() || `sha256:${createHash("sha256").update(rawBody).digest("hex")}`;
  const { payload } = parsed;
  const refs = Object.fromEntries(
    Object.entries({
      payment: payload.payment?.entity.id,
      order: payload.payment?.entity.order_id ?? payload.order?.entity.id,
      refund: payload.refund?.entity.id,
    }).filter((e): e is [string, string] => typeof e[1] === "string"),
  );

  const now = new Date();
  const outcome = await db.transaction(async (tx) => {
    const [fresh] = await tx
      .insert(paymentEvents)
      .values({ provider: "razorpay", eventId: id.slice(0, 200), eventType: parsed.event, refs })
      .onConflictDoNothing()
      .returning({ id: paymentEvents.id });
    if (!fresh) return { applied: false, paid: null };
    if (
      (parsed.event === "payment.captured" || parsed.event === "order.paid") &&
      payload.payment &&
      refs.order
    ) {
      const [row] = await tx
        .select()
        .from(payments)
        .where(and(eq(payments.provider, "razorpay"), eq(payments.providerRef, refs.order)))
        .limit(1);
      const paid = row ? await settlePaid(tx, row, payload.payment.entity.id, now) : null;
      return { applied: true, paid };
    }
    if (parsed.event === "payment.failed" && refs.order) {
      const reason = payload.payment?.entity.error_description ?? "the payment failed";
      await settleFailed(tx, refs.order, reason, now);
    }
    if (parsed.event === "refund.processed" && payload.refund) {
      const { id: refundId, payment_id, amount } = payload.refund.entity;
      await settleRefunded(tx, payment_id, { refundId, amountPaise: amount }, now);
    }
    return { applied: true, paid: null };
  });
  if (outcome.paid) await refundIfCancelled(outcome.paid);
  return { applied: outcome.applied };
}
