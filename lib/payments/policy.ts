import type { PaymentPurpose } from "@/db/schema/payments";

/**
 * The written refund policy, as numbers. Medicine orders can only be cancelled before dispatch and
 * lab bookings before the sample is collected: nothing has been spent, so they refund in full.
 * A consultation paid online refunds in full when the doctor cancels or the patient cancels at
 * least 4 hours before it starts, half within those 4 hours; it cannot be cancelled once it has
 * started (lib/appointments canCancel), so nothing is refunded after the start.
 */
export const refundPolicy = {
  /** A patient's cancellation this long before the start or earlier refunds in full. */
  appointmentFullRefundHoursBefore: 4,
  /** The share refunded for a patient's cancellation within those hours, in percent. */
  appointmentLateRefundPercent: 50,
} as const;

export type RefundKind = "full" | "partial" | "no_refund";

/** The facts of a cancellation the policy reads. */
export interface CancellationFacts {
  purpose: PaymentPurpose;
  /** When it is (or would be) cancelled. */
  cancelledAt: Date;
  /** Appointments: when the consultation starts. */
  startsAt?: Date;
  /** Appointments: the doctor cancelled (the patient always gets everything back then). */
  byDoctor?: boolean;
}

/** The share of the amount paid that a cancellation refunds, in percent, and its kind. */
export function refundShare(facts: CancellationFacts): { percent: number; kind: RefundKind } {
  if (facts.purpose !== "appointment" || facts.byDoctor) return { percent: 100, kind: "full" };
  if (!facts.startsAt || facts.cancelledAt >= facts.startsAt) {
    return { percent: 0, kind: "no_refund" };
  }
  const hoursBefore = (facts.startsAt.getTime() - facts.cancelledAt.getTime()) / 3_600_000;
  if (hoursBefore >= refundPolicy.appointmentFullRefundHoursBefore) {
    return { percent: 100, kind: "full" };
  }
  return { percent: refundPolicy.appointmentLateRefundPercent, kind: "partial" };
}

/** The refund in paise for `paidPaise`, rounded down to the paisa (never more than was paid). */
export function refundPaise(paidPaise: number, percent: number): number {
  return Math.floor((paidPaise * percent) / 100);
}
