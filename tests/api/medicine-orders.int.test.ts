import { describe, expect, it } from "vitest";
import { GET as cancellationRoute } from "@/app/api/v1/medicine-orders/[id]/cancellation/route";
import { POST as reorderRoute } from "@/app/api/v1/medicine-orders/[id]/reorder/route";
import {
  DELETE as cancelRoute,
  GET as getRoute,
  PUT as updateRoute,
} from "@/app/api/v1/medicine-orders/[id]/route";
import { PUT as statusRoute } from "@/app/api/v1/medicine-orders/[id]/status/route";
import { GET as listRoute } from "@/app/api/v1/medicine-orders/route";
import { POST as orderRxRoute } from "@/app/api/v1/prescriptions/[id]/order/route";
import { call } from "@/tests/api-client";
import { createAdminWithToken } from "@/tests/factories-admin";
import { createPatientWithToken } from "@/tests/factories-appointments";
import {
  createIssuedPrescription,
  createMedicine,
  createOrder,
  stockOf,
} from "@/tests/factories-pharmacy";

const at = (id: string, suffix = "") => ({
  path: `/medicine-orders/${id}${suffix}`,
  params: { id },
});

async function patientWithOrder(status: "pending" | "delivered" = "pending") {
  const patient = await createPatientWithToken();
  const medicine = await createMedicine({ stockQty: 10 });
  const order = await createOrder(patient.user.id, [{ medicine, quantity: 2 }], { status });
  return { ...patient, medicine, order };
}

describe("/api/v1/medicine-orders", () => {
  it("lists my orders only, paginated and by status", async () => {
    const a = await patientWithOrder();
    await createOrder(a.user.id, [{ medicine: a.medicine, quantity: 1 }], { status: "delivered" });
    const b = await patientWithOrder();

    const mine = await call(listRoute, { path: "/medicine-orders", token: a.token });
    expect(mine.status).toBe(200);
    expect(mine.body.meta.total).toBe(2);
    const delivered = await call(listRoute, {
      path: "/medicine-orders?status=delivered",
      token: a.token,
    });
    expect(delivered.body.data.map((o: { status: string }) => o.status)).toEqual(["delivered"]);
    const theirs = await call(listRoute, { path: "/medicine-orders", token: b.token });
    expect(theirs.body.data.map((o: { id: string }) => o.id)).toEqual([b.order.uuid]);
  });

  it("keeps B out of A's order on every door (404, nothing changes) while A still gets in", async () => {
    const a = await patientWithOrder("delivered");
    const b = await createPatientWithToken();
    const doors = [
      () => call(getRoute, { ...at(a.order.uuid), token: b.token }),
      () => call(cancellationRoute, { ...at(a.order.uuid, "/cancellation"), token: b.token }),
      () =>
        call(updateRoute, {
          ...at(a.order.uuid),
          method: "PUT",
          body: { notes: "x" },
          token: b.token,
        }),
      () => call(cancelRoute, { ...at(a.order.uuid), method: "DELETE", token: b.token }),
      () => call(reorderRoute, { ...at(a.order.uuid, "/reorder"), method: "POST", token: b.token }),
    ];
    for (const door of doors) {
      const res = await door();
      expect(res.status).toBe(404);
      expect(res.body.data).toBeUndefined();
    }
    const own = await call(getRoute, { ...at(a.order.uuid), token: a.token });
    expect(own.status).toBe(200);
    expect(own.body.data).toMatchObject({ status: "delivered", notes: null, canReorder: true });
  });

  it("cancels with DELETE (200 with the final order, stock back), then answers 409", async () => {
    const a = await patientWithOrder();
    const first = await call(cancelRoute, {
      ...at(a.order.uuid),
      method: "DELETE",
      token: a.token,
    });
    expect(first.status).toBe(200);
    expect(first.body.data).toMatchObject({ status: "cancelled", canCancel: false });
    expect(await stockOf(a.medicine.id)).toBe(10);
    const again = await call(cancelRoute, {
      ...at(a.order.uuid),
      method: "DELETE",
      token: a.token,
    });
    expect(again.status).toBe(409);
    expect(again.body.detail).toBe("This order is no longer cancellable.");
  });

  it.each([
    ["an empty change", {}, ""],
    ["notes too long", { notes: "x".repeat(501) }, "notes"],
    [
      "a PIN code of 5 digits",
      {
        deliveryAddress: {
          name: "A",
          phone: "9876543210",
          line1: "1 Rd",
          city: "Pune",
          pincode: "41100",
        },
      },
      "deliveryAddress.pincode",
    ],
  ])("answers 422 for %s with the field's path", async (_name, body, path) => {
    const a = await patientWithOrder();
    const res = await call(updateRoute, {
      ...at(a.order.uuid),
      method: "PUT",
      body,
      token: a.token,
    });
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(path);
  });

  it("lets only an admin move an order: 403 for the patient, 422 without a cancel reason, 409 out of order", async () => {
    const a = await patientWithOrder();
    const admin = await createAdminWithToken();
    const put = (token: string, body: unknown) =>
      call(statusRoute, { ...at(a.order.uuid, "/status"), method: "PUT", body, token });

    expect((await put(a.token, { status: "confirmed" })).status).toBe(403);
    const noReason = await put(admin.token, { status: "cancelled" });
    expect(noReason.status).toBe(422);
    expect(noReason.body.errors).toEqual([
      { path: "reason", message: "is required when cancelling" },
    ]);
    expect((await put(admin.token, { status: "delivered" })).status).toBe(409);
    expect((await put(admin.token, { status: "shipped" })).status).toBe(422);
    const ok = await put(admin.token, { status: "confirmed" });
    expect(ok.status).toBe(200);
    expect(ok.body.data.status).toBe("confirmed");
  });

  it("orders the medicines of my prescription, and 404s on someone else's", async () => {
    const a = await createPatientWithToken();
    const b = await createPatientWithToken();
    const medicine = await createMedicine();
    const { prescription, record } = await createIssuedPrescription(a.user.id, [
      { medicineId: medicine.id, name: medicine.name, quantity: 3 },
    ]);
    const path = `/prescriptions/${prescription.uuid}/order`;
    const params = { id: prescription.uuid };
    const theirs = await call(orderRxRoute, { path, params, method: "POST", token: b.token });
    expect(theirs.status).toBe(404);
    const mine = await call(orderRxRoute, { path, params, method: "POST", token: a.token });
    expect(mine.status).toBe(200);
    expect(mine.body.data).toMatchObject({
      added: [{ medicineId: medicine.uuid, quantity: 3 }],
      prescriptionRecordId: record.uuid,
    });
  });
});
