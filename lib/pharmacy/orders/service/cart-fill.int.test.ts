import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { cartItems, medicines } from "@/db/schema";
import { errorOf } from "@/tests/app-error";
import { createUser } from "@/tests/factories";
import { createIssuedPrescription, createMedicine, createOrder } from "@/tests/factories-pharmacy";
import { actorFor } from "@/tests/factories-users";
import { getMedicineOrder } from "../queries";
import { cartFromPrescription } from "./from-prescription";
import { reorderMedicineOrder } from "./reorder";
import { updateMedicineOrder } from "./update";

const cartOf = async (userId: number) =>
  (
    await db
      .select({ medicineId: cartItems.medicineId, quantity: cartItems.quantity })
      .from(cartItems)
      .where(eq(cartItems.userId, userId))
  ).sort((a, b) => a.medicineId - b.medicineId);

const address = {
  name: "Ravi Kumar",
  phone: "9812345678",
  line1: "4 Park Street",
  city: "Kolkata",
  pincode: "700016",
};

describe("updateMedicineOrder", () => {
  it("changes the address (state from the PIN) and notes of my pending order", async () => {
    const patient = await createUser();
    const medicine = await createMedicine();
    const order = await createOrder(patient.id, [{ medicine, quantity: 1 }]);
    const updated = await updateMedicineOrder(actorFor(patient), order.uuid, {
      deliveryAddress: address,
      notes: "Ring twice",
    });
    expect(updated.deliveryAddress).toMatchObject({
      line1: "4 Park Street",
      state: "West Bengal",
      phone: "+919812345678",
    });
    expect(updated.notes).toBe("Ring twice");
  });

  it("is 409 once the order is confirmed, and 404 for someone else's order", async () => {
    const patient = await createUser();
    const medicine = await createMedicine();
    const confirmed = await createOrder(patient.id, [{ medicine, quantity: 1 }], {
      status: "confirmed",
    });
    expect(
      (await errorOf(updateMedicineOrder(actorFor(patient), confirmed.uuid, { notes: "x" }))).code,
    ).toBe("conflict");

    const pending = await createOrder(patient.id, [{ medicine, quantity: 1 }]);
    const stranger = actorFor(await createUser());
    expect(
      (await errorOf(updateMedicineOrder(stranger, pending.uuid, { notes: "mine now" }))).code,
    ).toBe("not_found");
    expect((await getMedicineOrder(actorFor(patient), pending.uuid)).notes).toBeNull();
  });

  it("will not deliver to someone else's saved address (404)", async () => {
    const patient = await createUser();
    const medicine = await createMedicine();
    const order = await createOrder(patient.id, [{ medicine, quantity: 1 }]);
    const error = await errorOf(
      updateMedicineOrder(actorFor(patient), order.uuid, {
        deliveryAddress: { addressId: "00000000-0000-4000-8000-000000000000" },
      }),
    );
    expect(error.code).toBe("not_found");
  });
});

describe("reorderMedicineOrder", () => {
  it("puts the delivered order's lines into my cart and reports the ones no longer sold", async () => {
    const patient = await createUser();
    const kept = await createMedicine();
    const gone = await createMedicine();
    const banned = await createMedicine();
    const order = await createOrder(
      patient.id,
      [
        { medicine: kept, quantity: 2 },
        { medicine: gone, quantity: 1 },
        { medicine: banned, quantity: 1 },
      ],
      { status: "delivered" },
    );
    await db.update(medicines).set({ isActive: false }).where(eq(medicines.id, gone.id));
    await db
      .update(medicines)
      .set({ controlled: true, prescriptionRequired: true })
      .where(eq(medicines.id, banned.id));

    const result = await reorderMedicineOrder(actorFor(patient), order.uuid);

    expect(result.added).toEqual([{ medicineId: kept.uuid, name: kept.name, quantity: 2 }]);
    expect(result.skipped).toEqual([
      { name: gone.name, reason: "discontinued" },
      { name: banned.name, reason: "not_online" },
    ]);
    expect(await cartOf(patient.id)).toEqual([{ medicineId: kept.id, quantity: 2 }]);
    await reorderMedicineOrder(actorFor(patient), order.uuid);
    expect(await cartOf(patient.id)).toEqual([{ medicineId: kept.id, quantity: 4 }]);
  });

  it("is 409 for an order not delivered and 404 for someone else's", async () => {
    const patient = await createUser();
    const medicine = await createMedicine();
    const pending = await createOrder(patient.id, [{ medicine, quantity: 1 }]);
    expect((await errorOf(reorderMedicineOrder(actorFor(patient), pending.uuid))).code).toBe(
      "conflict",
    );
    const delivered = await createOrder(patient.id, [{ medicine, quantity: 1 }], {
      status: "delivered",
    });
    const stranger = await createUser();
    expect((await errorOf(reorderMedicineOrder(actorFor(stranger), delivered.uuid))).code).toBe(
      "not_found",
    );
    expect(await cartOf(stranger.id)).toEqual([]);
  });
});

describe("cartFromPrescription", () => {
  it("fills my cart from my issued prescription and points checkout at its record", async () => {
    const patient = await createUser();
    const a = await createMedicine();
    const b = await createMedicine({ prescriptionRequired: true, schedule: "h" });
    const { prescription, record } = await createIssuedPrescription(patient.id, [
      { medicineId: a.id, name: a.name, quantity: 2 },
      { medicineId: b.id, name: b.name },
      { medicineId: null, name: "Steam inhalation" },
    ]);

    const result = await cartFromPrescription(actorFor(patient), prescription.uuid);

    expect(result.prescriptionRecordId).toBe(record.uuid);
    expect(result.checkoutPath).toBe(`/pharmacy/checkout?prescription=${record.uuid}`);
    expect(result.skipped).toEqual([{ name: "Steam inhalation", reason: "discontinued" }]);
    expect(await cartOf(patient.id)).toEqual(
      [
        { medicineId: a.id, quantity: 2 },
        { medicineId: b.id, quantity: 1 },
      ].sort((x, y) => x.medicineId - y.medicineId),
    );
  });

  it("is 404 for someone else's prescription and puts nothing in my cart", async () => {
    const owner = await createUser();
    const medicine = await createMedicine();
    const { prescription } = await createIssuedPrescription(owner.id, [
      { medicineId: medicine.id, name: medicine.name },
    ]);
    const stranger = await createUser();
    expect((await errorOf(cartFromPrescription(actorFor(stranger), prescription.uuid))).code).toBe(
      "not_found",
    );
    expect(await cartOf(stranger.id)).toEqual([]);
    expect((await cartFromPrescription(actorFor(owner), prescription.uuid)).added).toHaveLength(1);
  });
});
