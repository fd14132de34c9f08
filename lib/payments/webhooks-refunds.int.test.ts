import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { GET as cancellationRoute } from "@/app/api/v1/appointments/[id]/cancellation/route";
import { POST as webhookRoute } from "@/app/api/v1/webhooks/razorpay/route";
import { db } from "@/db/client";
import { medicineOrders } from "@/db/schema";
import { createUser } from "@/tests/factories";
import {
  clinicMoment,
  createAppointment,
  createBookableDoctor,
  createPatientWithToken,
} from "@/tests/factories-appointments";
import {
  configureRazorpay,
  eventCount,
  keys,
  orderRow,
  paymentsOf,
  placeOrder,
  startFake,
} from "@/tests/factories-payments";
import { actorFor } from "@/tests/factories-users";
import { checkoutSignature, signedWebhook } from "@/tests/fake-razorpay-server";
import { call } from "@/tests/api-client";
import { refundAfterCancel, retryRequestedRefunds } from "./refunds";
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
  fake.state.failRefunds = false;
  configureRazorpay(fake.baseUrl);
});

const deliver = (body: string, headers: Record<string, string>) =>
  call(webhookRoute, { path: "/webhooks/razorpay", body, headers });

function paymentEvent(event: string, orderId: string, paymentId = "pay_HOOK1") {
  return {
    entity: "event",
    event,
    contains: ["payment"],
    payload: {
      payment: {
        entity: {
          id: paymentId,
          entity: "payment",
          amount: 52340,
          currency: "INR",
          order_id: orderId,
          status: event === "payment.failed" ? "failed" : "captured",
          error_description: event === "payment.failed" ? "Payment was declined by the bank" : null,
        },
      },
    },
    created_at: 1_700_000_100,
  };
}

async function pendingOrder() {
  const user = await createUser();
  const order = await placeOrder(user.id);
  const started = await startPayment(actorFor(user), { purpose: "medicine_order", id: order.uuid });
  return { user, order, started };
}

describe("POST /webhooks/razorpay", () => {
  it.each([
    ["a wrong signature", "0".repeat(64)],
    ["a signature made with another secret", "other"],
    ["no signature", null],
  ])("answers 400 to %s and changes nothing", async (_name, signature) => {
    const { order, started } = await pendingOrder();
    const event = signedWebhook(
      keys.webhookSecret,
      paymentEvent("payment.captured", started.providerOrderId),
    );
    const header =
      signature === "other"
        ? signedWebhook("not-the-secret", paymentEvent("payment.captured", started.providerOrderId))
            .signature
        : signature;
    const res = await deliver(event.body, {
      "x-razorpay-event-id": "evt_BAD",
      ...(header ? { "x-razorpay-signature": header } : {}),
    });
    expect(res.status).toBe(400);
    expect(await eventCount()).toBe(0);
    expect((await paymentsOf(order.id))[0]!.status).toBe("pending");
    expect((await orderRow(order.id)).paymentStatus).toBe("pending");
  });

  it("applies a good payment.captured once when it is delivered three times", async () => {
    const { order, started } = await pendingOrder();
    const event = signedWebhook(
      keys.webhookSecret,
      paymentEvent("payment.captured", started.providerOrderId),
    );
    const headers = { "x-razorpay-signature": event.signature, "x-razorpay-event-id": "evt_CAP1" };
    const answers = [];
    for (let i = 0; i < 3; i += 1) answers.push(await deliver(event.body, headers));
    expect(answers.map((a) => [a.status, a.body.data.applied])).toEqual([
      [200, true],
      [200, false],
      [200, false],
    ]);
    expect(await eventCount()).toBe(1);
    const rows = await paymentsOf(order.id);
    expect(rows.map((r) => [r.status, r.providerPaymentId])).toEqual([["paid", "pay_HOOK1"]]);
    expect((await orderRow(order.id)).paymentStatus).toBe("paid");
  });

  it("records payment.failed, after which a new attempt gets a new provider order", async () => {
    const { user, order, started } = await pendingOrder();
    const event = signedWebhook(
      keys.webhookSecret,
      paymentEvent("payment.failed", started.providerOrderId),
    );
    const res = await deliver(event.body, {
      "x-razorpay-signature": event.signature,
      "x-razorpay-event-id": "evt_FAIL1",
    });
    expect(res.status).toBe(200);
    expect((await paymentsOf(order.id))[0]).toMatchObject({
      status: "failed",
      failureReason: "Payment was declined by the bank",
    });
    expect((await orderRow(order.id)).paymentStatus).toBe("failed");
    const retry = await startPayment(actorFor(user), { purpose: "medicine_order", id: order.uuid });
    expect(retry.providerOrderId).not.toBe(started.providerOrderId);
    expect(retry.amount).toBe("523.40");
  });

  it("answers 200 to an event it does not handle and changes nothing", async () => {
    const { order } = await pendingOrder();
    const event = signedWebhook(keys.webhookSecret, { event: "settlement.processed", payload: {} });
    const res = await deliver(event.body, {
      "x-razorpay-signature": event.signature,
      "x-razorpay-event-id": "evt_OTHER",
    });
    expect(res.status).toBe(200);
    expect((await paymentsOf(order.id))[0]!.status).toBe("pending");
  });
});

describe("refunds", () => {
  async function paidOrder() {
    const { user, order, started } = await pendingOrder();
    await verifyPayment(actorFor(user), started.id, {
      razorpayOrderId: started.providerOrderId,
      razorpayPaymentId: "pay_PAID1",
      razorpaySignature: checkoutSignature(keys.keySecret, started.providerOrderId, "pay_PAID1"),
    });
    // The pharmacy's cancellation commits first; the refund follows it.
    await db
      .update(medicineOrders)
      .set({ status: "cancelled", cancelledAt: new Date() })
      .where(eq(medicineOrders.id, order.id));
    return { user, order };
  }

  it("cancel -> refund requested once -> refund.processed webhook -> refunded", async () => {
    const { order } = await paidOrder();
    fake.received.length = 0;
    await refundAfterCancel("medicine_order", order.id);
    await refundAfterCancel("medicine_order", order.id);
    const refundCalls = fake.received.filter((r) => r.path === "/v1/payments/pay_PAID1/refund");
    expect(refundCalls).toHaveLength(1);
    expect(refundCalls[0]!.body).toMatchObject({ amount: 52340 });
    const [requested] = await paymentsOf(order.id);
    expect(requested).toMatchObject({ status: "paid", refundAmount: "523.40" });
    expect(requested!.refundRequestedAt).not.toBeNull();
    expect(requested!.refundRef).toMatch(/^rfnd_/);

    const processed = signedWebhook(keys.webhookSecret, {
      event: "refund.processed",
      payload: {
        refund: { entity: { id: requested!.refundRef, payment_id: "pay_PAID1", amount: 52340 } },
      },
    });
    const res = await deliver(processed.body, {
      "x-razorpay-signature": processed.signature,
      "x-razorpay-event-id": "evt_RFND1",
    });
    expect(res.status).toBe(200);
    const [refunded] = await paymentsOf(order.id);
    expect(refunded!.status).toBe("refunded");
    expect(refunded!.refundedAt).not.toBeNull();
    expect((await orderRow(order.id)).paymentStatus).toBe("refunded");
  });

  it("keeps a refund the provider refused as requested, and the cron retries it with the same key", async () => {
    const { order } = await paidOrder();
    fake.state.failRefunds = true;
    await refundAfterCancel("medicine_order", order.id);
    const [stuck] = await paymentsOf(order.id);
    expect(stuck!.refundRequestedAt).not.toBeNull();
    expect(stuck!.refundRef).toBeNull();

    fake.state.failRefunds = false;
    expect(await retryRequestedRefunds()).toEqual({ refundsRetried: 1 });
    const [sent] = await paymentsOf(order.id);
    expect(sent!.refundRef).toMatch(/^rfnd_/);
    const keysUsed = fake.received
      .filter((r) => r.path.endsWith("/refund"))
      .map((r) => r.idempotencyKey);
    expect(new Set(keysUsed).size).toBe(1);
    expect(keysUsed).toHaveLength(2);
    expect(await retryRequestedRefunds()).toEqual({ refundsRetried: 0 });
  });
});

describe("GET /appointments/:id/cancellation", () => {
  async function paidAppointment(minutesAhead: number) {
    const patient = await createPatientWithToken();
    const { doctor } = await createBookableDoctor({ acceptsOnlinePayment: true });
    const at = clinicMoment(minutesAhead);
    const appointment = await createAppointment({
      patientId: patient.user.id,
      doctorId: doctor.id,
      date: at.date,
      time: at.time,
      fee: "400.00",
    });
    return { patient, appointment };
  }
  const preview = (id: string, token: string) =>
    call(cancellationRoute, { path: `/appointments/${id}/cancellation`, params: { id }, token });

  it.each([
    ["a day ahead", 24 * 60, { paid: "400.00", refund: "400.00", kind: "full" }],
    ["two hours ahead", 120, { paid: "400.00", refund: "200.00", kind: "partial" }],
  ])("previews the refund of a fee paid online %s", async (_name, minutes, expected) => {
    const { patient, appointment } = await paidAppointment(minutes);
    expect((await preview(appointment.uuid, patient.token)).body.data).toEqual({
      paid: "0.00",
      refund: "0.00",
      kind: "none",
    });
    const started = await startPayment(actorFor(patient.user), {
      purpose: "appointment",
      id: appointment.uuid,
    });
    expect(started.amount).toBe("400.00");
    await verifyPayment(actorFor(patient.user), started.id, {
      razorpayOrderId: started.providerOrderId,
      razorpayPaymentId: "pay_FEE1",
      razorpaySignature: checkoutSignature(keys.keySecret, started.providerOrderId, "pay_FEE1"),
    });
    const res = await preview(appointment.uuid, patient.token);
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual(expected);
  });

  it("is 404 for someone else's appointment", async () => {
    const { appointment } = await paidAppointment(24 * 60);
    const stranger = await createPatientWithToken();
    expect((await preview(appointment.uuid, stranger.token)).status).toBe(404);
  });
});
