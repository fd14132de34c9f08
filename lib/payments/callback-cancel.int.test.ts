import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { POST as callbackRoute } from "@/app/(site)/(patient)/pay/[purpose]/[id]/callback/route";
import { db } from "@/db/client";
import { medicineOrders } from "@/db/schema";
import { cancelAppointment, declineAppointment } from "@/lib/appointments/service";
import { createUser } from "@/tests/factories";
import {
  clinicMoment,
  createAppointment,
  createBookableDoctor,
} from "@/tests/factories-appointments";
import {
  configureRazorpay,
  keys,
  orderRow,
  paymentsOf,
  placeOrder,
  startFake,
} from "@/tests/factories-payments";
import { actorFor } from "@/tests/factories-users";
import { checkoutSignature } from "@/tests/fake-razorpay-server";
import { startPayment, verifyPayment } from "./service";

let fake: Awaited<ReturnType<typeof startFake>>;
beforeAll(async () => {
  fake = await startFake();
});
afterAll(async () => {
  configureRazorpay(null);
  await fake.close();
});
beforeEach(() => {
  fake.received.length = 0;
  configureRazorpay(fake.baseUrl);
});

/** Razorpay's POST to the callback_url, form-encoded, from the payer's browser (no cookies). */
function callback(orderUuid: string, fields: Record<string, string>) {
  const request = new Request(`http://127.0.0.1:3000/pay/medicine-orders/${orderUuid}/callback`, {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      origin: "https://api.razorpay.com",
    },
    body: new URLSearchParams(fields).toString(),
  });
  return callbackRoute(request, {
    params: Promise.resolve({ purpose: "medicine-orders", id: orderUuid }),
  });
}

describe("the hosted checkout's callback", () => {
  it("marks a signed payment paid and sends the payer back to the pay page with a notice", async () => {
    const user = await createUser();
    const order = await placeOrder(user.id);
    const started = await startPayment(actorFor(user), {
      purpose: "medicine_order",
      id: order.uuid,
    });
    const res = await callback(order.uuid, {
      razorpay_payment_id: "pay_CB1",
      razorpay_order_id: started.providerOrderId,
      razorpay_signature: checkoutSignature(keys.keySecret, started.providerOrderId, "pay_CB1"),
    });
    expect(res.status).toBe(303);
    expect(
      new URL(res.headers.get("location")!).pathname + new URL(res.headers.get("location")!).search,
    ).toBe(`/pay/medicine-orders/${order.uuid}?notice=paid`);
    expect((await orderRow(order.id)).paymentStatus).toBe("paid");
  });

  it.each([
    ["a forged signature", { razorpay_signature: "f".repeat(64) }],
    [
      "Razorpay's failure fields",
      { "error[code]": "BAD_REQUEST_ERROR", "error[description]": "declined" },
    ],
  ])("answers %s with notice=failed and changes nothing", async (_name, extra) => {
    const user = await createUser();
    const order = await placeOrder(user.id);
    const started = await startPayment(actorFor(user), {
      purpose: "medicine_order",
      id: order.uuid,
    });
    const fields: Record<string, string> =
      "razorpay_signature" in extra
        ? { razorpay_payment_id: "pay_CB2", razorpay_order_id: started.providerOrderId, ...extra }
        : extra;
    const res = await callback(order.uuid, fields);
    expect(res.headers.get("location")).toContain("?notice=failed");
    expect((await paymentsOf(order.id))[0]!.status).toBe("pending");
    expect((await orderRow(order.id)).paymentStatus).toBe("pending");
  });
});

describe("refunds on cancellation", () => {
  it("refunds half of a consultation fee the patient cancels within 4 hours", async () => {
    const patient = await createUser();
    const { doctor } = await createBookableDoctor({ acceptsOnlinePayment: true });
    const at = clinicMoment(180);
    const appointment = await createAppointment({
      patientId: patient.id,
      doctorId: doctor.id,
      date: at.date,
      time: at.time,
      fee: "400.00",
    });
    const started = await startPayment(actorFor(patient), {
      purpose: "appointment",
      id: appointment.uuid,
    });
    await verifyPayment(actorFor(patient), started.id, {
      razorpayOrderId: started.providerOrderId,
      razorpayPaymentId: "pay_APT1",
      razorpaySignature: checkoutSignature(keys.keySecret, started.providerOrderId, "pay_APT1"),
    });
    await cancelAppointment(actorFor(patient), appointment.uuid, {});
    const [payment] = await paymentsOf(appointment.id);
    expect(payment).toMatchObject({ status: "paid", refundAmount: "200.00" });
    const refund = fake.received.find((r) => r.path === "/v1/payments/pay_APT1/refund");
    expect(refund?.body).toMatchObject({ amount: 20000 });
  });

  it("refunds in full the fee of a request the doctor declines", async () => {
    const patient = await createUser();
    const { doctor, user: doctorUser } = await createBookableDoctor({
      acceptsOnlinePayment: true,
      instantConfirm: false,
    });
    const at = clinicMoment(24 * 60);
    const appointment = await createAppointment({
      patientId: patient.id,
      doctorId: doctor.id,
      date: at.date,
      time: at.time,
      fee: "400.00",
      status: "pending",
    });
    const started = await startPayment(actorFor(patient), {
      purpose: "appointment",
      id: appointment.uuid,
    });
    await verifyPayment(actorFor(patient), started.id, {
      razorpayOrderId: started.providerOrderId,
      razorpayPaymentId: "pay_DECL1",
      razorpaySignature: checkoutSignature(keys.keySecret, started.providerOrderId, "pay_DECL1"),
    });
    await declineAppointment(actorFor(doctorUser, doctor.id), appointment.uuid, {
      reason: "On leave that day",
    });
    const [payment] = await paymentsOf(appointment.id);
    expect(payment).toMatchObject({ status: "paid", refundAmount: "400.00" });
    expect(payment!.refundRef).toMatch(/^rfnd_/);
  });

  it("refunds in full a payment that lands after its order was cancelled", async () => {
    const user = await createUser();
    const order = await placeOrder(user.id);
    const started = await startPayment(actorFor(user), {
      purpose: "medicine_order",
      id: order.uuid,
    });
    await db
      .update(medicineOrders)
      .set({ status: "cancelled", cancelledAt: new Date() })
      .where(eq(medicineOrders.id, order.id));
    await verifyPayment(actorFor(user), started.id, {
      razorpayOrderId: started.providerOrderId,
      razorpayPaymentId: "pay_LATE1",
      razorpaySignature: checkoutSignature(keys.keySecret, started.providerOrderId, "pay_LATE1"),
    });
    const [payment] = await paymentsOf(order.id);
    expect(payment).toMatchObject({ status: "paid", refundAmount: "523.40" });
    expect(payment!.refundRef).toMatch(/^rfnd_/);
  });
});
