import "server-only";
import { and, eq, ne } from "drizzle-orm";
import { db } from "@/db/client";
import { payments, type PaymentRow } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { money, toPaise } from "@/lib/money";
import { enforceRateLimit } from "@/lib/rate-limit";
import { parseInput } from "@/lib/validation/parse-input";
import { findPayable, type Payable } from "../payables";
import { requireProvider } from "../provider";
import { startPaymentSchema, type PaymentOrderDto } from "../schemas";

const notFound = () => new AppError("not_found", "No such order, booking or appointment.");

/** Why this thing cannot be paid online now (409), or nothing when it can. */
function refusal(thing: Payable): string | null {
  if (!thing.online) {
    return thing.purpose === "appointment"
      ? "This doctor takes the fee at the clinic, not online."
      : "This was placed to be paid in cash, not online.";
  }
  if (thing.paymentStatus === "paid" || thing.paymentStatus === "refunded") {
    return "This has already been paid.";
  }
  if (!thing.open) return "This is cancelled or already completed; there is nothing to pay.";
  if (toPaise(thing.amount) < 100) return "Online payments start at ₹1.00.";
  return null;
}

/**
 * Starts (or resumes) paying online for my medicine order, lab booking or consultation: the
 * amount is the thing's own server-side total; one live attempt and one provider order per thing.
 * 404 for someone else's, 409 when it is not to be paid online now or online payment is off.
 */
export async function startPayment(actor: Actor, input: unknown): Promise<PaymentOrderDto> {
  const { purpose, id } = parseInput(startPaymentSchema, input);
  const provider = requireProvider();
  await enforceRateLimit("payment_start", String(actor.userId));
  const thing = await findPayable(purpose, { publicId: id, ownerId: actor.userId });
  if (!thing) throw notFound();
  const refused = refusal(thing);
  if (refused) throw new AppError("conflict", refused);

  const live = await db.transaction(async (tx) => {
    // The partial unique index allows one live attempt per thing: a second caller inserts nothing.
    await tx
      .insert(payments)
      .values({
        purpose,
        referenceId: thing.referenceId,
        userId: actor.userId,
        amount: thing.amount,
        method: thing.method,
        provider: provider.name,
      })
      .onConflictDoNothing();
    // Locked, so parallel starts wait here and exactly one creates the provider's order.
    const [row] = await tx
      .select()
      .from(payments)
      .where(
        and(
          eq(payments.purpose, purpose),
          eq(payments.referenceId, thing.referenceId),
          ne(payments.status, "failed"),
        ),
      )
      .for("update");
    if (!row) throw new AppError("conflict", "This payment changed meanwhile; try again.");
    if (row.status !== "pending") throw new AppError("conflict", "This has already been paid.");
    if (row.providerRef) return row;
    const { orderId } = await provider.createOrder(toPaise(row.amount), row.uuid, {
      purpose,
      reference: thing.publicId,
    });
    const [withOrder] = await tx
      .update(payments)
      .set({ providerRef: orderId, updatedAt: new Date() })
      .where(eq(payments.id, row.id))
      .returning();
    return withOrder as PaymentRow;
  });
  return {
    id: live.uuid,
    provider: "razorpay",
    keyId: provider.keyId,
    providerOrderId: live.providerRef!,
    amount: money(live.amount),
    currency: "INR",
  };
}
