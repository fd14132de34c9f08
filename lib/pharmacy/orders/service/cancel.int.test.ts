import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { medicineOrders, payments } from "@/db/schema";
import { errorOf } from "@/tests/app-error";
import { createUser } from "@/tests/factories";
import { createMedicine, createOrder, stockOf } from "@/tests/factories-pharmacy";
import { actorFor } from "@/tests/factories-users";
import { getMedicineOrder } from "../queries";
import { cancelMedicineOrder, getOrderCancellation } from "./cancel";

async function placed(status: "pending" | "confirmed" | "dispatched" | "delivered" = "pending") {
  const patient = await createUser();
  const a = await createMedicine({ stockQty: 10 });
  const b = await createMedicine({ stockQty: 5, price: "120.00", mrp: "150.00" });
  const order = await createOrder(
    patient.id,
    [
      { medicine: a, quantity: 3 },
      { medicine: b, quantity: 2 },
    ],
    { status },
  );
  return { patient, actor: actorFor(patient), a, b, order };
}

describe("cancelMedicineOrder", () => {
  it.each(["pending", "confirmed"] as const)(
    "cancels a %s order and puts every line's stock back",
    async (status) => {
      const { actor, a, b, order } = await placed(status);
      expect([await stockOf(a.id), await stockOf(b.id)]).toEqual([7, 3]);

      const cancelled = await cancelMedicineOrder(actor, order.uuid, { reason: "Bought nearby" });

      expect(cancelled).toMatchObject({
        status: "cancelled",
        cancelReason: "Bought nearby",
        canCancel: false,
        canEdit: false,
      });
      expect(cancelled.cancelledAt).not.toBeNull();
      expect([await stockOf(a.id), await stockOf(b.id)]).toEqual([10, 5]);
    },
  );

  it.each(["dispatched", "delivered"] as const)(
    "refuses a %s order with 409 and keeps the stock off the shelf",
    async (status) => {
      const { actor, a, order } = await placed(status);
      const error = await errorOf(cancelMedicineOrder(actor, order.uuid));
      expect(error.code).toBe("conflict");
      expect(error.message).toBe("This order is no longer cancellable.");
      expect(await stockOf(a.id)).toBe(7);
    },
  );

  it("refuses a second cancel with 409 and returns the stock only once", async () => {
    const { actor, a, order } = await placed();
    await cancelMedicineOrder(actor, order.uuid);
    expect((await errorOf(cancelMedicineOrder(actor, order.uuid))).code).toBe("conflict");
    expect(await stockOf(a.id)).toBe(10);
  });

  it("lets only one of 20 racing cancels win, and the stock returns exactly once", async () => {
    const { actor, a, b, order } = await placed();
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () => cancelMedicineOrder(actor, order.uuid)),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const losers = results.filter((r) => r.status === "rejected");
    expect(losers).toHaveLength(19);
    for (const l of losers) expect((l.reason as { code: string }).code).toBe("conflict");
    expect([await stockOf(a.id), await stockOf(b.id)]).toEqual([10, 5]);
  });

  it("is 404 for someone else's order, which stays as it was; its owner still can cancel", async () => {
    const { actor, a, order } = await placed();
    const stranger = actorFor(await createUser());

    for (const attempt of [
      () => cancelMedicineOrder(stranger, order.uuid),
      () => getOrderCancellation(stranger, order.uuid),
      () => getMedicineOrder(stranger, order.uuid),
    ]) {
      expect((await errorOf(attempt())).code).toBe("not_found");
    }
    expect(await stockOf(a.id)).toBe(7);
    expect((await getMedicineOrder(actor, order.uuid)).status).toBe("pending");
    expect((await cancelMedicineOrder(actor, order.uuid)).status).toBe("cancelled");
  });
});

describe("getOrderCancellation", () => {
  it("previews no refund for a cash order and a full refund of what was paid online", async () => {
    const { actor, order } = await placed();
    expect(await getOrderCancellation(actor, order.uuid)).toEqual({
      cancellable: true,
      refund: { paid: "0.00", refund: "0.00", kind: "none" },
      policyKey: "Orders.refundPolicy",
    });

    const online = await placed();
    await db
      .update(medicineOrders)
      .set({ paymentMethod: "upi", paymentStatus: "paid" })
      .where(eq(medicineOrders.id, online.order.id));
    await db.insert(payments).values({
      purpose: "medicine_order",
      referenceId: online.order.id,
      userId: online.patient.id,
      amount: online.order.total,
      method: "upi",
      status: "paid",
      paidAt: new Date(),
    });
    expect((await getOrderCancellation(online.actor, online.order.uuid)).refund).toEqual({
      paid: online.order.total,
      refund: online.order.total,
      kind: "full",
    });
  });

  it("says a dispatched order is no longer cancellable", async () => {
    const { actor, order } = await placed("dispatched");
    expect((await getOrderCancellation(actor, order.uuid)).cancellable).toBe(false);
  });
});
