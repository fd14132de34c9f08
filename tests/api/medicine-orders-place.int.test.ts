import { randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { addresses, cartItems, medicineOrders, medicines, notifications } from "@/db/schema";
import { POST as placeRoute } from "@/app/api/v1/medicine-orders/route";
import { listPrescriptionChoices } from "@/lib/pharmacy/orders/prescriptions";
import { call } from "@/tests/api-client";
import { createPatientWithToken } from "@/tests/factories-appointments";
import { createMedicine, fillCart, puneAddress } from "@/tests/factories-checkout";
import { createRecord } from "@/tests/factories-records";
import { actorFor, useTemporaryStorage } from "@/tests/factories-users";

let storage: Awaited<ReturnType<typeof useTemporaryStorage>>;
beforeEach(async () => {
  storage = await useTemporaryStorage();
});
afterEach(async () => {
  await storage.cleanup();
});

type Item = { medicineId: string; quantity: unknown; [k: string]: unknown };

const order = (items: Item[], extra: Record<string, unknown> = {}) => ({
  items,
  deliveryAddress: puneAddress,
  paymentMethod: "cod",
  ...extra,
});

const place = (token: string, body: unknown, headers: Record<string, string> = {}) =>
  call(placeRoute, { path: "/medicine-orders", body, token, headers });

const stockOf = async (id: number) =>
  (await db.select({ n: medicines.stockQty }).from(medicines).where(eq(medicines.id, id)))[0]!.n;

const paths = (body: { errors?: { path: string }[] }) => (body.errors ?? []).map((e) => e.path);

describe(`POST /medicine-orders (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("prices from the catalogue, ignores a client's price, reserves stock and empties those cart lines", async () => {
    const { user, token } = await createPatientWithToken();
    const crocin = await createMedicine({ name: "Crocin 650", price: "100.00", stockQty: 5 });
    const other = await createMedicine({ name: "Dolo 650" });
    await fillCart(user.id, [
      { medicineId: crocin.id, quantity: 2 },
      { medicineId: other.id, quantity: 1 },
    ]);

    const res = await place(
      token,
      order([{ medicineId: crocin.uuid, quantity: 2, price: "0.01", unitPrice: "0.01" }], {
        total: "1.00",
      }),
    );

    expect(res.status).toBe(201);
    expect(res.headers.get("location")).toBe(`/api/v1/medicine-orders/${res.body.data.id}`);
    expect(res.body.data).toMatchObject({
      status: "pending",
      orderNumber: expect.stringMatching(/^MO-\d{4}-\d{6}$/),
      items: [{ medicineId: crocin.uuid, name: "Crocin 650", unitPrice: "100.00", quantity: 2 }],
      subtotal: "200.00",
      deliveryFee: "40.00",
      total: "240.00",
      paymentMethod: "cod",
      pharmacyName: "SwasthAI Pharmacy",
      deliveryAddress: { name: "Asha Rao", phone: "+919876543210", state: "Maharashtra" },
      expectedDelivery: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    expect(await stockOf(crocin.id)).toBe(3);
    const cart = await db.select().from(cartItems).where(eq(cartItems.userId, user.id));
    expect(cart.map((c) => c.medicineId)).toEqual([other.id]);
    const [notice] = await db.select().from(notifications).where(eq(notifications.userId, user.id));
    expect(notice).toMatchObject({ type: "order", link: `/pharmacy/orders/${res.body.data.id}` });
    expect(notice!.body).toContain(res.body.data.orderNumber);
  });

  it("delivers free from 499.00", async () => {
    const { token } = await createPatientWithToken();
    const m = await createMedicine({ price: "249.50" });
    const res = await place(token, order([{ medicineId: m.uuid, quantity: 2 }]));
    expect(res.body.data).toMatchObject({
      subtotal: "499.00",
      deliveryFee: "0.00",
      total: "499.00",
    });
  });

  it.each([
    [0, "items.0.quantity"],
    [-1, "items.0.quantity"],
    [1e9, "items.0.quantity"],
    [1.5, "items.0.quantity"],
    ["2", "items.0.quantity"],
  ])("quantity %s is 422 at %s and reserves nothing", async (quantity, path) => {
    const { token } = await createPatientWithToken();
    const m = await createMedicine();
    const res = await place(token, order([{ medicineId: m.uuid, quantity }]));
    expect(res.status).toBe(422);
    expect(paths(res.body)).toEqual([path]);
    expect(await stockOf(m.id)).toBe(20);
  });

  it("refuses unknown, withdrawn, never-online and over-cap lines at their own paths", async () => {
    const { token } = await createPatientWithToken();
    const withdrawn = await createMedicine({ isActive: false });
    const scheduleX = await createMedicine({ schedule: "x", name: "Schedule X drug" });
    const narcotic = await createMedicine({ controlled: true, name: "Controlled drug" });
    const capped = await createMedicine({ maxPerOrder: 3 });
    const res = await place(
      token,
      order([
        { medicineId: randomUUID(), quantity: 1 },
        { medicineId: withdrawn.uuid, quantity: 1 },
        { medicineId: scheduleX.uuid, quantity: 1 },
        { medicineId: narcotic.uuid, quantity: 1 },
        { medicineId: capped.uuid, quantity: 4 },
      ]),
    );
    expect(res.status).toBe(422);
    expect(paths(res.body)).toEqual([
      "items.0.medicineId",
      "items.1.medicineId",
      "items.2.medicineId",
      "items.3.medicineId",
      "items.4.quantity",
    ]);
    expect(res.body.errors[2].message).toMatch(/cannot be ordered online/);
    expect(res.body.errors[4].message).toMatch(/at most 3/);
    expect(await db.select().from(medicineOrders)).toHaveLength(0);
  });

  describe("prescription-only medicines", () => {
    it("need one of my prescription records: missing, someone else's or not a prescription is 422", async () => {
      const asha = await createPatientWithToken();
      const ravi = await createPatientWithToken();
      const rx = await createMedicine({ name: "Azithral 500", schedule: "h", stockQty: 4 });
      const ravisRx = await createRecord(ravi.user.id, { recordType: "prescription" });
      const ashasLab = await createRecord(asha.user.id, { recordType: "lab_report" });
      const line = [{ medicineId: rx.uuid, quantity: 1 }];

      for (const prescriptionRecordId of [undefined, ravisRx.uuid, ashasLab.uuid, randomUUID()]) {
        const res = await place(asha.token, order(line, { prescriptionRecordId }));
        expect(res.status, String(prescriptionRecordId)).toBe(422);
        expect(paths(res.body)).toEqual(["prescriptionRecordId"]);
      }
      expect(await stockOf(rx.id)).toBe(4);

      const ashasRx = await createRecord(asha.user.id, { recordType: "prescription" });
      const ok = await place(asha.token, order(line, { prescriptionRecordId: ashasRx.uuid }));
      expect(ok.status).toBe(201);
      expect(ok.body.data.prescriptionRecordId).toBe(ashasRx.uuid);
      // Ravi's own prescription still works for Ravi.
      const his = await place(ravi.token, order(line, { prescriptionRecordId: ravisRx.uuid }));
      expect(his.status).toBe(201);
    });
  });

  it("a short line is 409 naming the medicine, and nothing of the order stays reserved", async () => {
    const { token } = await createPatientWithToken();
    const plenty = await createMedicine({ name: "Plenty" });
    const scarce = await createMedicine({ name: "Scarce Syrup", stockQty: 1 });
    const res = await place(
      token,
      order([
        { medicineId: plenty.uuid, quantity: 2 },
        { medicineId: scarce.uuid, quantity: 2 },
      ]),
    );
    expect(res.status).toBe(409);
    expect(res.body.detail).toContain("Scarce Syrup");
    expect(paths(res.body)).toEqual(["items.1.quantity"]);
    expect(await stockOf(plenty.id)).toBe(20);
    expect(await stockOf(scarce.id)).toBe(1);
  });

  it("the last unit: 20 buyers at once, exactly one 201 and 19 409s, stock 0", async () => {
    const last = await createMedicine({ name: "Last Pack", stockQty: 1 });
    const buyers = await Promise.all(Array.from({ length: 20 }, () => createPatientWithToken()));
    const results = await Promise.all(
      buyers.map(({ token }) => place(token, order([{ medicineId: last.uuid, quantity: 1 }]))),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    expect(await stockOf(last.id)).toBe(0);
    expect(await db.select().from(medicineOrders)).toHaveLength(1);
  });

  it("is idempotent: the same key twice is one order and one reservation; another body is 422", async () => {
    const { token } = await createPatientWithToken();
    const m = await createMedicine({ stockQty: 5 });
    const body = order([{ medicineId: m.uuid, quantity: 2 }]);
    const key = { "idempotency-key": "checkout-7f3a" };

    const first = await place(token, body, key);
    const again = await place(token, body, key);
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(again.body.data.id).toBe(first.body.data.id);
    expect(await stockOf(m.id)).toBe(3);

    const other = await place(token, order([{ medicineId: m.uuid, quantity: 1 }]), key);
    expect(other.status).toBe(422);
    expect(paths(other.body)).toEqual(["headers.idempotency-key"]);
    expect(await db.select().from(medicineOrders)).toHaveLength(1);
  });

  it("offers UPI and card only with online payments set up", async () => {
    const { token } = await createPatientWithToken();
    const m = await createMedicine();
    for (const paymentMethod of ["upi", "card"]) {
      const res = await place(
        token,
        order([{ medicineId: m.uuid, quantity: 1 }], { paymentMethod }),
      );
      expect(res.status).toBe(422);
      expect(paths(res.body)).toEqual(["paymentMethod"]);
    }
    expect(await stockOf(m.id)).toBe(20);
  });

  it("delivers to my saved address, saves a typed one when asked, and never to someone else's", async () => {
    const asha = await createPatientWithToken();
    const ravi = await createPatientWithToken();
    const m = await createMedicine();
    const line = [{ medicineId: m.uuid, quantity: 1 }];

    const saved = await place(asha.token, order(line, { saveAddress: true }));
    expect(saved.status).toBe(201);
    const [book] = await db.select().from(addresses).where(eq(addresses.userId, asha.user.id));
    expect(book).toMatchObject({ line1: "12 MG Road", isDefault: true });

    const again = await place(
      asha.token,
      order(line, { deliveryAddress: { addressId: book!.uuid } }),
    );
    expect(again.status).toBe(201);
    expect(again.body.data.deliveryAddress.line1).toBe("12 MG Road");

    const theft = await place(
      ravi.token,
      order(line, { deliveryAddress: { addressId: book!.uuid } }),
    );
    expect(theft.status).toBe(404);
    const ravisOrders = await db
      .select()
      .from(medicineOrders)
      .where(and(eq(medicineOrders.userId, ravi.user.id)));
    expect(ravisOrders).toHaveLength(0);
    expect(await stockOf(m.id)).toBe(18);
  });

  it("reports a typed address's problems at the address's fields", async () => {
    const { token } = await createPatientWithToken();
    const m = await createMedicine();
    const res = await place(
      token,
      order([{ medicineId: m.uuid, quantity: 1 }], {
        deliveryAddress: { ...puneAddress, pincode: "4110", phone: "12" },
      }),
    );
    expect(res.status).toBe(422);
    expect(paths(res.body).sort()).toEqual(["deliveryAddress.phone", "deliveryAddress.pincode"]);
  });

  it("needs a signed-in user", async () => {
    const m = await createMedicine();
    const res = await call(placeRoute, {
      path: "/medicine-orders",
      body: order([{ medicineId: m.uuid, quantity: 1 }]),
    });
    expect(res.status).toBe(401);
  });
});

describe("the prescriptions checkout offers", () => {
  it("are my prescription records only, newest first, with the doctor and date", async () => {
    const asha = await createPatientWithToken();
    const ravi = await createPatientWithToken();
    await createRecord(asha.user.id, {
      recordType: "prescription",
      title: "Old",
      documentDate: "2026-01-05",
    });
    await createRecord(asha.user.id, {
      recordType: "prescription",
      title: "Prescription RX-2026-000007",
      documentDate: "2026-03-10",
      doctorName: "Dr. Rohan Mehta",
    });
    await createRecord(asha.user.id, { recordType: "lab_report", title: "Lipid panel" });
    await createRecord(ravi.user.id, { recordType: "prescription", title: "Ravi's" });

    const choices = await listPrescriptionChoices(actorFor(asha.user));
    expect(choices.map((c) => [c.title, c.doctorName, c.date])).toEqual([
      ["Prescription RX-2026-000007", "Dr. Rohan Mehta", "2026-03-10"],
      ["Old", null, "2026-01-05"],
    ]);
  });
});
