import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { adminActions, medicineOrders, notifications } from "@/db/schema";
import type { MedicineOrderStatus } from "@/db/schema/medicine-orders";
import { errorOf } from "@/tests/app-error";
import { createUser } from "@/tests/factories";
import { createMedicine, createOrder, stockOf } from "@/tests/factories-pharmacy";
import { actorFor } from "@/tests/factories-users";
import { listAdminMedicineOrders } from "../admin-queries";
import { cancelUnpaidOnlineOrders, unpaidReason } from "./expire";
import { setMedicineOrderStatus } from "./status";

async function setup(
  status: MedicineOrderStatus = "pending",
  extra: Partial<typeof medicineOrders.$inferInsert> = {},
) {
  const admin = actorFor(await createUser({ role: "admin" }));
  const patient = await createUser();
  const medicine = await createMedicine({ stockQty: 10 });
  const order = await createOrder(patient.id, [{ medicine, quantity: 4 }], { status, ...extra });
  return { admin, patient, medicine, order };
}

const inbox = (userId: number) =>
  db
    .select({ title: notifications.title, link: notifications.link, type: notifications.type })
    .from(notifications)
    .where(eq(notifications.userId, userId));

describe("setMedicineOrderStatus", () => {
  it.each([
    ["pending", "confirmed", 200],
    ["confirmed", "dispatched", 200],
    ["dispatched", "delivered", 200],
    ["pending", "dispatched", 409],
    ["pending", "delivered", 409],
    ["confirmed", "delivered", 409],
    ["delivered", "dispatched", 409],
    ["dispatched", "cancelled", 409],
    ["delivered", "cancelled", 409],
    ["cancelled", "confirmed", 409],
  ] as const)("%s -> %s answers %i", async (from, to, expected) => {
    const { admin, order } = await setup(from);
    const attempt = setMedicineOrderStatus(admin, order.uuid, {
      status: to,
      ...(to === "cancelled" ? { reason: "Out of stock at the pharmacy" } : {}),
    });
    if (expected === 200) {
      const moved = await attempt;
      expect(moved.status).toBe(to);
      expect(moved[`${to}At` as "confirmedAt"]).not.toBeNull();
    } else {
      expect((await errorOf(attempt)).code).toBe("conflict");
      const [row] = await db
        .select({ status: medicineOrders.status })
        .from(medicineOrders)
        .where(eq(medicineOrders.id, order.id));
      expect(row!.status).toBe(from);
    }
  });

  it("is 403 for a patient, even the order's own, and changes nothing", async () => {
    const { patient, order } = await setup();
    const error = await errorOf(
      setMedicineOrderStatus(actorFor(patient), order.uuid, { status: "confirmed" }),
    );
    expect(error.code).toBe("forbidden");
    expect(await inbox(patient.id)).toEqual([]);
  });

  it("will not confirm an order to be paid online before it is paid, and will once it is", async () => {
    const { admin, order } = await setup("pending", { paymentMethod: "upi" });
    const error = await errorOf(setMedicineOrderStatus(admin, order.uuid, { status: "confirmed" }));
    expect(error.code).toBe("conflict");
    expect(error.message).toContain("not paid");

    await db
      .update(medicineOrders)
      .set({ paymentStatus: "paid" })
      .where(eq(medicineOrders.id, order.id));
    expect((await setMedicineOrderStatus(admin, order.uuid, { status: "confirmed" })).status).toBe(
      "confirmed",
    );
  });

  it("needs a reason to cancel, returns the stock, and tells the patient why", async () => {
    const { admin, patient, medicine, order } = await setup("confirmed");
    const missing = await errorOf(
      setMedicineOrderStatus(admin, order.uuid, { status: "cancelled" }),
    );
    expect(missing.code).toBe("validation_failed");
    expect(missing.errors?.map((e) => e.path)).toEqual(["reason"]);
    expect(await stockOf(medicine.id)).toBe(6);

    const cancelled = await setMedicineOrderStatus(admin, order.uuid, {
      status: "cancelled",
      reason: "Supplier recall",
    });
    expect(cancelled).toMatchObject({ status: "cancelled", cancelReason: "Supplier recall" });
    expect(await stockOf(medicine.id)).toBe(10);
    const [notice] = await inbox(patient.id);
    expect(notice!.title).toBe(`Order ${order.orderNumber} was cancelled`);
  });

  it("notifies the patient of every move, linking to the order, and audits each one", async () => {
    const { admin, patient, order } = await setup();
    for (const status of ["confirmed", "dispatched", "delivered"] as const) {
      await setMedicineOrderStatus(admin, order.uuid, { status });
    }
    const notices = await inbox(patient.id);
    expect(notices.map((n) => n.title).sort()).toEqual(
      [
        `Order ${order.orderNumber} is confirmed`,
        `Order ${order.orderNumber} was delivered`,
        `Order ${order.orderNumber} is on its way`,
      ].sort(),
    );
    for (const n of notices) {
      expect(n).toMatchObject({ type: "order", link: `/pharmacy/orders/${order.uuid}` });
    }
    const audit = await db
      .select({ label: adminActions.targetLabel })
      .from(adminActions)
      .where(
        and(
          eq(adminActions.targetUuid, order.uuid),
          eq(adminActions.action, "medicine_order_status_changed"),
        ),
      );
    expect(audit).toHaveLength(3);
  });

  it("is 404 for an order that does not exist", async () => {
    const { admin } = await setup();
    const error = await errorOf(
      setMedicineOrderStatus(admin, "00000000-0000-4000-8000-000000000000", {
        status: "confirmed",
      }),
    );
    expect(error.code).toBe("not_found");
  });
});

describe("cancelUnpaidOnlineOrders", () => {
  it("cancels only online orders still unpaid 30 minutes after placing, returning their stock", async () => {
    const now = new Date();
    const old = new Date(now.getTime() - 31 * 60_000);
    const recent = new Date(now.getTime() - 29 * 60_000);
    const stale = await setup("pending", { paymentMethod: "upi", createdAt: old });
    const fresh = await setup("pending", { paymentMethod: "card", createdAt: recent });
    const paid = await setup("pending", {
      paymentMethod: "card",
      paymentStatus: "paid",
      createdAt: old,
    });
    const cash = await setup("pending", { paymentMethod: "cod", createdAt: old });

    expect(await cancelUnpaidOnlineOrders(now)).toEqual({ unpaidOrdersCancelled: 1 });

    const statusOf = async (id: number) =>
      (
        await db
          .select({ status: medicineOrders.status, reason: medicineOrders.cancelReason })
          .from(medicineOrders)
          .where(eq(medicineOrders.id, id))
      )[0];
    expect(await statusOf(stale.order.id)).toEqual({ status: "cancelled", reason: unpaidReason });
    expect(await stockOf(stale.medicine.id)).toBe(10);
    for (const kept of [fresh, paid, cash]) {
      expect((await statusOf(kept.order.id))!.status).toBe("pending");
      expect(await stockOf(kept.medicine.id)).toBe(6);
    }
    expect(await inbox(stale.patient.id)).toHaveLength(1);
    expect(await cancelUnpaidOnlineOrders(now)).toEqual({ unpaidOrdersCancelled: 0 });
  });
});

describe("listAdminMedicineOrders", () => {
  it("counts every status, lists the oldest first with the patient, and drops stale unpaid online orders", async () => {
    const { admin, patient, order: first } = await setup();
    const second = await createOrder(patient.id, [
      { medicine: await createMedicine(), quantity: 1 },
    ]);
    const stale = await setup("pending", {
      paymentMethod: "upi",
      createdAt: new Date(Date.now() - 45 * 60_000),
    });
    await setup("delivered");

    const queue = await listAdminMedicineOrders(admin);

    expect(queue.counts).toEqual({
      pending: 2,
      confirmed: 0,
      dispatched: 0,
      delivered: 1,
      cancelled: 1,
    });
    expect(queue.page.data.map((o) => o.id)).toEqual([first.uuid, second.uuid]);
    expect(queue.page.data[0]!.patientName).toBe(patient.fullName);
    expect(await stockOf(stale.medicine.id)).toBe(10);
    expect((await errorOf(listAdminMedicineOrders(actorFor(patient)))).code).toBe("forbidden");
  });
});
