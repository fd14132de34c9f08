import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { labBookings, medicineOrders, paymentEvents, payments } from "@/db/schema";
import type { PaymentMethod } from "@/db/schema/_enums";
import { env } from "@/lib/env";
import { startFakeRazorpay } from "@/tests/fake-razorpay-server";

/** Test keys and a fake Razorpay for lib/payments' integration tests. */
export const keys = { keyId: "rzp_test_KEY1", keySecret: "key-secret-1", webhookSecret: "hook-1" };

const original = { ...env };

/** Points the adapter at the fake (env is read at call time); `off` removes the keys. */
export function configureRazorpay(baseUrl: string | null): void {
  Object.assign(env, original, {
    RAZORPAY_KEY_ID: baseUrl ? keys.keyId : undefined,
    RAZORPAY_KEY_SECRET: baseUrl ? keys.keySecret : undefined,
    RAZORPAY_WEBHOOK_SECRET: baseUrl ? keys.webhookSecret : undefined,
    RAZORPAY_BASE_URL: baseUrl ?? original.RAZORPAY_BASE_URL,
  });
  delete (globalThis as { __swasthaiRateLimiter?: unknown }).__swasthaiRateLimiter;
}

export const startFake = () => startFakeRazorpay(keys);

let n = 0;
const address = {
  name: "Asha Rao",
  phone: "+919812345678",
  line1: "12 MG Road",
  city: "Pune",
  state: "Maharashtra",
  pincode: "411001",
};

/** A medicine order as checkout leaves it (totals are what the server computed). */
export async function placeOrder(
  userId: number,
  values: { total?: string; paymentMethod?: PaymentMethod } = {},
) {
  n += 1;
  const total = values.total ?? "523.40";
  const [row] = await db
    .insert(medicineOrders)
    .values({
      orderNumber: `MO-2026-T${String(n).padStart(5, "0")}-${Math.random().toString(36).slice(2, 6)}`,
      userId,
      subtotal: total,
      total,
      paymentMethod: values.paymentMethod ?? "upi",
      deliveryAddress: address,
    })
    .returning();
  return row!;
}

/** A lab booking (lab visit) to be paid online. */
export async function bookLab(userId: number, total = "1299.00") {
  const [row] = await db
    .insert(labBookings)
    .values({
      userId,
      bookingType: "lab_visit",
      date: "2026-12-20",
      timeSlot: "08:00",
      total,
      paymentMethod: "card",
    })
    .returning();
  return row!;
}

/** The payments rows of one thing, oldest first. */
export const paymentsOf = (referenceId: number) =>
  db.select().from(payments).where(eq(payments.referenceId, referenceId)).orderBy(payments.id);

export const orderRow = async (id: number) =>
  (await db.select().from(medicineOrders).where(eq(medicineOrders.id, id)))[0]!;

export const eventCount = async () => (await db.select().from(paymentEvents)).length;
