import "server-only";
import { and, eq, ne } from "drizzle-orm";
import { db } from "@/db/client";
import { appointments, payments, users, type PaymentPurpose } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { onlinePaymentsEnabled, type RefundPreview } from "./contract";
import { toPaymentDto } from "./mappers";
import { findPayable, type Payable } from "./payables";
import { paymentProvider } from "./provider";
import { refundPreview } from "./refunds";
import type { PaymentDto } from "./schemas";

/** What the pay page shows: the thing, its amount, its live attempt, and whether it can be paid. */
export interface PayPageView {
  thing: Payable;
  payment: PaymentDto | null;
  /** The live attempt's provider order, ready for the hosted checkout form. */
  checkout: { url: string; keyId: string; providerOrderId: string; paymentId: string } | null;
  onlineAvailable: boolean;
  /** Prefilled on the provider's page. */
  payer: { name: string; email: string; phone: string | null };
}

/** My thing to pay, with its live payment attempt; someone else's is 404. */
export async function getPayPage(
  actor: Actor,
  purpose: PaymentPurpose,
  publicId: string,
): Promise<PayPageView> {
  const thing = await findPayable(purpose, { publicId, ownerId: actor.userId });
  if (!thing) throw new AppError("not_found", "No such order, booking or appointment.");
  const [live] = await db
    .select()
    .from(payments)
    .where(
      and(
        eq(payments.purpose, purpose),
        eq(payments.referenceId, thing.referenceId),
        eq(payments.userId, actor.userId),
        ne(payments.status, "failed"),
      ),
    )
    .limit(1);
  const [payer] = await db
    .select({ name: users.fullName, email: users.email, phone: users.phone })
    .from(users)
    .where(eq(users.id, actor.userId));
  const provider = paymentProvider();
  const checkout =
    provider && live?.status === "pending" && live.providerRef
      ? {
          url: provider.checkoutUrl,
          keyId: provider.keyId,
          providerOrderId: live.providerRef,
          paymentId: live.uuid,
        }
      : null;
  return {
    thing,
    payment: live ? toPaymentDto(live) : null,
    checkout,
    onlineAvailable: onlinePaymentsEnabled(),
    payer: payer!,
  };
}

/**
 * `GET /appointments/:id/cancellation`: what cancelling my appointment now would refund (the
 * patient's or the doctor's view; a doctor's cancellation refunds in full). 404 for anyone else.
 */
export async function getAppointmentCancellation(
  actor: Actor,
  appointmentId: string,
  now: Date = new Date(),
): Promise<RefundPreview> {
  const [row] = await db
    .select({
      id: appointments.id,
      patientId: appointments.patientId,
      doctorId: appointments.doctorId,
    })
    .from(appointments)
    .where(eq(appointments.uuid, appointmentId))
    .limit(1);
  const isPatient = row?.patientId === actor.userId;
  const isDoctor = row !== undefined && actor.doctorId !== null && row.doctorId === actor.doctorId;
  if (!row || (!isPatient && !isDoctor)) throw new AppError("not_found", "No such appointment.");
  return refundPreview("appointment", row.id, db, { now, byDoctor: !isPatient });
}
