import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import {
  GET as labTestRoute,
  PUT as updateLabTestRoute,
} from "@/app/api/v1/admin/lab-tests/[id]/route";
import {
  GET as labTestsRoute,
  POST as createLabTestRoute,
} from "@/app/api/v1/admin/lab-tests/route";
import {
  GET as medicineRoute,
  PUT as updateMedicineRoute,
} from "@/app/api/v1/admin/medicines/[id]/route";
import {
  GET as medicinesRoute,
  POST as createMedicineRoute,
} from "@/app/api/v1/admin/medicines/route";
import { GET as shopRoute } from "@/app/api/v1/medicines/route";
import { db } from "@/db/client";
import { adminActions, medicineOrderItems, medicineOrders, medicines } from "@/db/schema";
import { call } from "@/tests/api-client";
import { createAdminWithToken } from "@/tests/factories-admin";
import { createPatientWithToken, tokenFor } from "@/tests/factories-appointments";
import { createDoctor } from "@/tests/factories";

const paracetamol = {
  name: "Calpol 650",
  genericName: "Paracetamol",
  form: "tablet",
  price: "30.00",
  mrp: "35.50",
  stockQty: 40,
};
const lipid = {
  name: "Lipid profile",
  code: "lipid",
  category: "blood",
  price: "499",
  mrp: "800.00",
  fastingRequired: true,
  fastingHours: 12,
};

let admin: string;
beforeEach(async () => {
  admin = (await createAdminWithToken()).token;
});

const addMedicine = (body: object = paracetamol, token = admin) =>
  call(createMedicineRoute, { token, body });
const editMedicine = (id: string, body: object, token = admin) =>
  call(updateMedicineRoute, { token, method: "PUT", params: { id }, body });
const addLabTest = (body: object = lipid, token = admin) =>
  call(createLabTestRoute, { token, body });
const editLabTest = (id: string, body: object, token = admin) =>
  call(updateLabTestRoute, { token, method: "PUT", params: { id }, body });
const audit = (uuid: string) =>
  db.select().from(adminActions).where(eq(adminActions.targetUuid, uuid)).orderBy(adminActions.id);

describe("who may use the catalogue", () => {
  it("answers a patient and a doctor 403 with no data on every route; nothing is created", async () => {
    const created = await addMedicine();
    const test = await addLabTest();
    const someone = [
      (await createPatientWithToken()).token,
      await tokenFor((await createDoctor()).user),
    ];
    for (const token of someone) {
      const answers = [
        await call(medicinesRoute, { token }),
        await addMedicine({ ...paracetamol, name: "Sneaky" }, token),
        await call(medicineRoute, { token, params: { id: created.body.data.id } }),
        await editMedicine(created.body.data.id, { price: "1.00" }, token),
        await call(labTestsRoute, { token }),
        await addLabTest({ ...lipid, code: "SNEAKY" }, token),
        await call(labTestRoute, { token, params: { id: test.body.data.id } }),
        await editLabTest(test.body.data.id, { price: "1.00" }, token),
      ];
      for (const res of answers) {
        expect(res.status).toBe(403);
        expect(res.body.data).toBeUndefined();
      }
    }
    const rows = await db.select({ price: medicines.price }).from(medicines);
    expect(rows).toEqual([{ price: "30.00" }]);
  });
});

describe("medicines", () => {
  it("creates with money normalised, reads it back, and records the creation", async () => {
    const res = await addMedicine({ ...paracetamol, price: "30", mrp: "35.5" });
    expect(res.status).toBe(201);
    expect(res.headers.get("location")).toBe(`/api/v1/admin/medicines/${res.body.data.id}`);
    expect(res.body.data).toMatchObject({
      price: "30.00",
      mrp: "35.50",
      discountPercent: 15,
      stockQty: 40,
      schedule: "otc",
      orderability: "otc",
      isActive: true,
    });
    const got = await call(medicineRoute, { token: admin, params: { id: res.body.data.id } });
    expect(got.body.data).toEqual(res.body.data);
    expect((await audit(res.body.data.id)).map((a) => a.action)).toEqual(["medicine_created"]);
  });

  it.each([
    ["price above the MRP", { price: "40.00" }, "price"],
    ["three-decimal money", { price: "29.999" }, "price"],
    ["a three-decimal MRP", { mrp: "35.555" }, "mrp"],
    ["a negative price", { price: "-1.00" }, "price"],
    ["money as a JSON number", { mrp: 35.5 }, "mrp"],
    ["negative stock", { stockQty: -1 }, "stockQty"],
    ["maxPerOrder 0", { maxPerOrder: 0 }, "maxPerOrder"],
    ["maxPerOrder 101", { maxPerOrder: 101 }, "maxPerOrder"],
    ["Schedule X without prescription", { schedule: "x" }, "prescriptionRequired"],
    [
      "Schedule H1 without prescription",
      { schedule: "h1", prescriptionRequired: false },
      "prescriptionRequired",
    ],
  ])("refuses %s with 422 at the field", async (_, change, path) => {
    const res = await addMedicine({ ...paracetamol, ...change });
    expect(res.status).toBe(422);
    expect(res.headers.get("content-type")).toMatch(/application\/problem\+json/);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(path);
    expect(await db.select().from(medicines)).toHaveLength(0);
  });

  it("accepts Schedule X marked prescription-only; the shop never sells it online", async () => {
    const res = await addMedicine({ ...paracetamol, schedule: "x", prescriptionRequired: true });
    expect(res.status).toBe(201);
    expect(res.body.data.orderability).toBe("not_online");
  });

  it("checks an edit against what is stored: a price above the stored MRP is 422 at price", async () => {
    const { id } = (await addMedicine()).body.data;
    const res = await editMedicine(id, { price: "36.00" });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([{ path: "price", message: "must not be more than the MRP" }]);
    const nothing = await editMedicine(id, {});
    expect(nothing.status).toBe(200);
    expect(nothing.body.data.price).toBe("30.00");
    expect((await editMedicine(id, { name: "Calpol 650", price: "30" })).status).toBe(200);
    // Neither changed anything, so the audit holds the creation alone.
    expect((await audit(id)).map((a) => a.action)).toEqual(["medicine_created"]);
    const raised = await editMedicine(id, { price: "36.00", mrp: "40.00" });
    expect(raised.status).toBe(200);
    expect(raised.body.data).toMatchObject({ price: "36.00", mrp: "40.00", name: "Calpol 650" });
  });

  it.each([
    ["an unknown id", "8c0e5f0a-5c7b-4f6e-9a59-9d2f3f8f1e01", 404],
    ["not a uuid", "calpol", 404],
  ])("answers %s with %i", async (_, id, status) => {
    expect((await editMedicine(id, { price: "1.00" })).status).toBe(status);
    expect((await call(medicineRoute, { token: admin, params: { id } })).status).toBe(status);
  });

  it("hides an unpublished medicine from the shop and shows it again when published", async () => {
    const { id } = (await addMedicine()).body.data;
    const shopNames = async () =>
      (await call(shopRoute, { path: "/medicines?q=calpol" })).body.data.map(
        (m: { name: string }) => m.name,
      );
    expect(await shopNames()).toEqual(["Calpol 650"]);
    expect((await editMedicine(id, { isActive: false })).body.data.isActive).toBe(false);
    expect(await shopNames()).toEqual([]);
    const hidden = await call(medicinesRoute, {
      token: admin,
      path: "/admin/medicines?status=inactive",
    });
    expect(hidden.body.data.map((m: { id: string }) => m.id)).toEqual([id]);
    await editMedicine(id, { isActive: true });
    expect(await shopNames()).toEqual(["Calpol 650"]);
    const reasons = (await audit(id)).map((a) => [a.action, a.reason]);
    expect(reasons).toEqual([
      ["medicine_created", null],
      ["medicine_updated", "isActive true -> false"],
      ["medicine_updated", "isActive false -> true"],
    ]);
  });

  it("sets stock only while it is what the admin saw: a stale form is 409 and changes nothing", async () => {
    const { id } = (await addMedicine()).body.data;
    // An order reserves 3 packs after the admin opened the form showing 40.
    await db.update(medicines).set({ stockQty: 37 }).where(eq(medicines.uuid, id));
    const stale = await editMedicine(id, { stockQty: 100, expectedStockQty: 40 });
    expect(stale.status).toBe(409);
    expect(stale.body.errors).toEqual([{ path: "stockQty", message: "is now 37" }]);
    expect((await call(medicineRoute, { token: admin, params: { id } })).body.data.stockQty).toBe(
      37,
    );
    const fresh = await editMedicine(id, { stockQty: 100, expectedStockQty: 37 });
    expect(fresh.body.data.stockQty).toBe(100);
    const missing = await editMedicine(id, { stockQty: 5 });
    expect(missing.status).toBe(422);
    expect(missing.body.errors[0].path).toBe("expectedStockQty");
  });

  it("lets one of two admins racing from the same stale view set the stock; the other gets 409", async () => {
    const { id } = (await addMedicine()).body.data;
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        editMedicine(id, { stockQty: 50 + i, expectedStockQty: 40 }),
      ),
    );
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses).toEqual([200, ...Array(9).fill(409)]);
    const winner = answers.find((a) => a.status === 200)!.body.data.stockQty;
    expect((await call(medicineRoute, { token: admin, params: { id } })).body.data.stockQty).toBe(
      winner,
    );
  });

  it("never rewrites an existing order when the price changes", async () => {
    const { id } = (await addMedicine()).body.data;
    const [row] = await db
      .select({ id: medicines.id })
      .from(medicines)
      .where(eq(medicines.uuid, id));
    const patient = (await createPatientWithToken()).user;
    const [order] = await db
      .insert(medicineOrders)
      .values({
        orderNumber: "SW-T-1",
        userId: patient.id,
        subtotal: "60.00",
        total: "100.00",
        paymentMethod: "cod",
        deliveryAddress: {
          name: "Asha",
          phone: "+919876543210",
          line1: "1 MG Road",
          city: "Pune",
          state: "Maharashtra",
          pincode: "411001",
        },
      })
      .returning({ id: medicineOrders.id });
    await db.insert(medicineOrderItems).values({
      orderId: order!.id,
      medicineId: row!.id,
      nameSnapshot: "Calpol 650",
      quantity: 2,
      unitPrice: "30.00",
    });
    expect((await editMedicine(id, { price: "20.00", name: "Calpol 650 mg" })).status).toBe(200);
    const [item] = await db
      .select({ name: medicineOrderItems.nameSnapshot, price: medicineOrderItems.unitPrice })
      .from(medicineOrderItems)
      .where(eq(medicineOrderItems.orderId, order!.id));
    expect(item).toEqual({ name: "Calpol 650", price: "30.00" });
    const [totals] = await db.select({ total: medicineOrders.total }).from(medicineOrders);
    expect(totals).toEqual({ total: "100.00" });
  });

  it("filters the admin list by prescription and low stock", async () => {
    await addMedicine();
    await addMedicine({
      ...paracetamol,
      name: "Azee 500",
      schedule: "h",
      prescriptionRequired: true,
      stockQty: 4,
    });
    const names = async (qs: string) =>
      (await call(medicinesRoute, { token: admin, path: `/admin/medicines?${qs}` })).body.data.map(
        (m: { name: string }) => m.name,
      );
    expect(await names("rx=true")).toEqual(["Azee 500"]);
    expect(await names("rx=false")).toEqual(["Calpol 650"]);
    expect(await names("lowStock=true")).toEqual(["Azee 500"]);
    expect(await names("q=CALP")).toEqual(["Calpol 650"]);
  });
});

describe("lab tests", () => {
  it("creates a test with its code upper-cased and records it; a taken code is 409 at code", async () => {
    const res = await addLabTest();
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({ code: "LIPID", price: "499.00", fastingHours: 12 });
    expect((await audit(res.body.data.id)).map((a) => a.action)).toEqual(["lab_test_created"]);
    const clash = await addLabTest({ ...lipid, name: "Another lipid", code: "Lipid" });
    expect(clash.status).toBe(409);
    expect(clash.body.errors).toEqual([
      { path: "code", message: "is already used by another test" },
    ]);
    const other = await addLabTest({ ...lipid, code: "LFT" });
    const rename = await editLabTest(other.body.data.id, { code: "lipid" });
    expect(rename.status).toBe(409);
  });

  it("lets one of 10 racing creates with one code win", async () => {
    const answers = await Promise.all(Array.from({ length: 10 }, () => addLabTest()));
    expect(answers.map((a) => a.status).sort()).toEqual([201, ...Array(9).fill(409)]);
  });

  it.each([
    ["price above the MRP", { price: "900.00" }, "price"],
    ["fasting without hours", { fastingHours: null }, "fastingHours"],
    ["fasting for 25 hours", { fastingHours: 25 }, "fastingHours"],
    ["a package with no tests", { isPackage: true }, "packageTestIds"],
    ["a bad code", { code: "x" }, "code"],
  ])("refuses %s with 422 at the field", async (_, change, path) => {
    const res = await addLabTest({ ...lipid, ...change });
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(path);
  });

  it("builds a package of single tests, never of itself or of another package", async () => {
    const cbc = (await addLabTest({ ...lipid, name: "CBC", code: "CBC", fastingRequired: false }))
      .body.data;
    const lp = (await addLabTest()).body.data;
    const pkg = await addLabTest({
      ...lipid,
      name: "Heart check",
      code: "HEART",
      isPackage: true,
      packageTestIds: [cbc.id, lp.id],
    });
    expect(pkg.status).toBe(201);
    expect(pkg.body.data.packageTests.map((t: { code: string }) => t.code)).toEqual([
      "CBC",
      "LIPID",
    ]);
    const self = await editLabTest(pkg.body.data.id, { packageTestIds: [pkg.body.data.id] });
    expect(self.status).toBe(422);
    expect(self.body.errors[0]).toEqual({
      path: "packageTestIds",
      message: "a package cannot contain itself",
    });
    const nested = await addLabTest({
      ...lipid,
      code: "MEGA",
      isPackage: true,
      packageTestIds: [pkg.body.data.id],
    });
    expect(nested.status).toBe(422);
    const promote = await editLabTest(cbc.id, { isPackage: true, packageTestIds: [lp.id] });
    expect(promote.status).toBe(422);
    expect(promote.body.errors[0].path).toBe("isPackage");
    const smaller = await editLabTest(pkg.body.data.id, { packageTestIds: [lp.id] });
    expect(smaller.body.data.packageTests.map((t: { code: string }) => t.code)).toEqual(["LIPID"]);
    const history = (await audit(pkg.body.data.id)).map((a) => a.action);
    expect(history).toEqual(["lab_test_created", "lab_test_updated"]);
  });

  it("clears the fasting hours when fasting is no longer required, and 404s an unknown id", async () => {
    const { id } = (await addLabTest()).body.data;
    const res = await editLabTest(id, { fastingRequired: false });
    expect(res.body.data).toMatchObject({ fastingRequired: false, fastingHours: null });
    const unknown = await editLabTest("8c0e5f0a-5c7b-4f6e-9a59-9d2f3f8f1e01", { price: "1.00" });
    expect(unknown.status).toBe(404);
  });
});
