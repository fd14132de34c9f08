import type { PaymentPurpose } from "@/db/schema/payments";

const payPathSegment: Record<PaymentPurpose, string> = {
  medicine_order: "medicine-orders",
  lab_booking: "lab-bookings",
  appointment: "appointments",
};

/** The page where the payer pays for a thing just created with an online method. */
export function payPath(purpose: PaymentPurpose, publicId: string): string {
  return `/pay/${payPathSegment[purpose]}/${publicId}`;
}

const thingPathPrefix: Record<PaymentPurpose, string> = {
  medicine_order: "/pharmacy/orders",
  lab_booking: "/lab-tests/bookings",
  appointment: "/appointments",
};

/** The page of the thing paid for (the pay page links back to it). */
export function thingPath(purpose: PaymentPurpose, publicId: string): string {
  return `${thingPathPrefix[purpose]}/${publicId}`;
}
