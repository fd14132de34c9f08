import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { POST as startRoute } from "@/app/api/v1/payments/route";
import { POST as verifyRoute } from "@/app/api/v1/payments/[id]/verify/route";
import { db } from "@/db/client";
import { medicineOrders } from "@/db/schema";
import { createUser } from "@/tests/factories";
import { createPatientWithToken } from "@/tests/factories-appointments";
import { actorFor } from "@/tests/factories-users";
import {
  bookLab,
  configureRazorpay,
  keys,
  orderRow,
  paymentsOf,
  placeOrder,
  startFake,
} from "@/tests/factories-payments";
import { checkoutSignature } from "@/tests/fake-razorpay-server";
import { call } from "@/tests/api-client";
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

const signed = (orderId: string, paymentId = "pay_OK1") => ({
  razorpayOrderId: orderId,
  razorpayPaymentId: paymentId,
  razorpaySignature: checkoutSignature(keys.keySecret, orderId, paymentId),
});

describe("POST /payments", () => {
  it("creates one Razorpay order for the server's total, in paise, with basic auth; again returns it", async () => {
    const { user, token } = await createPatientWithToken();
    const order = await placeOrder(user.id, { total: "523.40" });
    // A client-sent amount is not part of the contract and never reaches the provider.
    const body = { purpose: "medicine_order", id: order.uuid, amount: "1.00" };
    const first = await call(startRoute, { path: "/payments", token, body });
    expect(first.status).toBe(200);
    expect(first.body.data).toMatchObject({
      provider: "razorpay",
      keyId: keys.keyId,
      amount: "523.40",
      currency: "INR",
    });
    expect(fake.received).toHaveLength(1);
    const [created] = fake.received;
    expect(created!.path).toBe("/v1/orders");
    const basic = Buffer.from(`${keys.keyId}:${keys.keySecret}`).toString("base64");
    expect(created!.authorization).toBe(`Basic ${basic}`);
    expect(created!.body).toMatchObject({
      amount: 52340,
      currency: "INR",
      receipt: first.body.data.id,
    });

    const again = await call(startRoute, { path: "/payments", token, body });
    expect(again.body.data).toEqual(first.body.data);
    expect(fake.received).toHaveLength(1);
  });

  it("settles 20 parallel starts on one attempt and one provider order", async () => {
    const user = await createUser();
    const booking = await bookLab(user.id, "1299.00");
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        startPayment(actorFor(user), { purpose: "lab_booking", id: booking.uuid }),
      ),
    );
    expect(new Set(answers.map((a) => a.providerOrderId)).size).toBe(1);
    expect(answers[0]!.amount).toBe("1299.00");
    expect(await paymentsOf(booking.id)).toHaveLength(1);
    expect(fake.received.filter((r) => r.path === "/v1/orders")).toHaveLength(1);
  });

  it("is 404 for another user's order (B), while A can still pay it", async () => {
    const a = await createPatientWithToken();
    const b = await createPatientWithToken();
    const order = await placeOrder(a.user.id);
    const body = { purpose: "medicine_order", id: order.uuid };
    const asB = await call(startRoute, { path: "/payments", token: b.token, body });
    expect(asB.status).toBe(404);
    expect(await paymentsOf(order.id)).toEqual([]);
    expect(fake.received).toEqual([]);
    expect((await call(startRoute, { path: "/payments", token: a.token, body })).status).toBe(200);
  });

  it.each([
    ["a cash order", { paymentMethod: "cod" as const }, null, 409, /cash/],
    ["a cancelled order", {}, "cancelled" as const, 409, /cancelled/],
    ["an unknown purpose", {}, null, 422, /invalid/],
  ])("refuses %s", async (_name, values, status, httpStatus, detail) => {
    const { user, token } = await createPatientWithToken();
    const order = await placeOrder(user.id, values);
    if (status)
      await db.update(medicineOrders).set({ status }).where(eq(medicineOrders.id, order.id));
    const purpose = httpStatus === 422 ? "gift_card" : "medicine_order";
    const res = await call(startRoute, {
      path: "/payments",
      token,
      body: { purpose, id: order.uuid },
    });
    expect(res.status).toBe(httpStatus);
    expect(res.body.detail).toMatch(detail);
    expect(fake.received).toEqual([]);
  });

  it("says online payment is not available without Razorpay keys", async () => {
    configureRazorpay(null);
    const { user, token } = await createPatientWithToken();
    const order = await placeOrder(user.id);
    const res = await call(startRoute, {
      path: "/payments",
      token,
      body: { purpose: "medicine_order", id: order.uuid },
    });
    expect(res.status).toBe(409);
    expect(res.body.detail).toMatch(/online payment is not available/i);
  });
});

describe("POST /payments/:id/verify", () => {
  it("refuses a bad signature with 422 and changes nothing; a good one marks both paid, once", async () => {
    const { user, token } = await createPatientWithToken();
    const order = await placeOrder(user.id);
    const started = await startPayment(actorFor(user), {
      purpose: "medicine_order",
      id: order.uuid,
    });
    const path = `/payments/${started.id}/verify`;
    const params = { id: started.id };

    const forged = { ...signed(started.providerOrderId), razorpayPaymentId: "pay_OTHER" };
    const bad = await call(verifyRoute, { path, params, token, body: forged });
    expect(bad.status).toBe(422);
    expect(bad.body.errors).toEqual([
      { path: "razorpaySignature", message: "does not match this payment" },
    ]);
    expect((await paymentsOf(order.id))[0]!.status).toBe("pending");
    expect((await orderRow(order.id)).paymentStatus).toBe("pending");

    const good = await call(verifyRoute, {
      path,
      params,
      token,
      body: signed(started.providerOrderId),
    });
    expect(good.status).toBe(200);
    expect(good.body.data).toMatchObject({ status: "paid", amount: "523.40" });
    expect((await orderRow(order.id)).paymentStatus).toBe("paid");
    const [paid] = await paymentsOf(order.id);
    expect(paid!.providerPaymentId).toBe("pay_OK1");

    const repeat = await call(verifyRoute, {
      path,
      params,
      token,
      body: signed(started.providerOrderId),
    });
    expect(repeat.body.data.paidAt).toBe(good.body.data.paidAt);
  });

  it("is 404 for another user's payment and leaves it pending", async () => {
    const a = await createUser();
    const b = await createUser();
    const order = await placeOrder(a.id);
    const started = await startPayment(actorFor(a), { purpose: "medicine_order", id: order.uuid });
    await expect(
      verifyPayment(actorFor(b), started.id, signed(started.providerOrderId)),
    ).rejects.toMatchObject({ code: "not_found" });
    expect((await paymentsOf(order.id))[0]!.status).toBe("pending");
  });
});
