import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { cartItems } from "@/db/schema";
import { GET as getRoute, PUT as putRoute } from "@/app/api/v1/cart/route";
import { POST as addRoute } from "@/app/api/v1/cart/items/route";
import { DELETE as removeRoute, PUT as setRoute } from "@/app/api/v1/cart/items/[medicineId]/route";
import { exportAccount, eraseAccount } from "@/lib/account/registry";
import { call } from "@/tests/api-client";
import { createPatientWithToken } from "@/tests/factories-appointments";
import { createMedicine, createRxMedicine } from "@/tests/factories-medicines";

type Patient = Awaited<ReturnType<typeof createPatientWithToken>>;
type Medicine = Awaited<ReturnType<typeof createMedicine>>;

const put = (token: string, body: unknown) =>
  call(putRoute, { method: "PUT", path: "/cart", token, body });
const get = (token: string) => call(getRoute, { path: "/cart", token });
const lines = (res: {
  body: { data: { lines: { medicine: { name: string }; quantity: number }[] } };
}) => res.body.data.lines.map((l) => [l.medicine.name, l.quantity]);

let asha: Patient;
let ravi: Patient;
let ors: Medicine;
let azithro: Medicine;
let banned: Medicine;

beforeEach(async () => {
  [asha, ravi, ors, azithro, banned] = await Promise.all([
    createPatientWithToken({ fullName: "Asha Rao" }),
    createPatientWithToken({ fullName: "Ravi Kumar" }),
    createMedicine({ name: "ORS Sachet", price: "21.00", mrp: "21.00" }),
    createRxMedicine(3, { name: "Azithromycin 500 mg", price: "106.20", mrp: "118.00" }),
    createMedicine({
      name: "Codeine Cough Syrup",
      prescriptionRequired: true,
      schedule: "h1",
      controlled: true,
      maxPerOrder: 2,
    }),
  ]);
});

describe("PUT /cart", () => {
  it("replaces the cart and prices it from the catalogue, ignoring any client price", async () => {
    const res = await put(asha.token, {
      items: [
        { medicineId: ors.uuid, quantity: 2, price: "0.01" },
        { medicineId: azithro.uuid, quantity: 3 },
      ],
    });
    expect(res.status).toBe(200);
    expect(lines(res)).toEqual([
      ["ORS Sachet", 2],
      ["Azithromycin 500 mg", 3],
    ]);
    expect(res.body.data).toMatchObject({
      subtotal: "360.60",
      deliveryFee: "40.00",
      total: "400.60",
      freeDeliveryShortfall: "138.40",
      needsPrescription: true,
    });
    const emptied = await put(asha.token, { items: [] });
    expect(emptied.body.data).toMatchObject({ lines: [], total: "0.00" });
  });

  it.each([
    ["quantity 0", () => [{ medicineId: ors.uuid, quantity: 0 }], "items.0.quantity"],
    ["a negative quantity", () => [{ medicineId: ors.uuid, quantity: -1 }], "items.0.quantity"],
    ["a billion packs", () => [{ medicineId: ors.uuid, quantity: 1e9 }], "items.0.quantity"],
    ["half a pack", () => [{ medicineId: ors.uuid, quantity: 1.5 }], "items.0.quantity"],
    ["a malformed id", () => [{ medicineId: "x", quantity: 1 }], "items.0.medicineId"],
    [
      "an unknown medicine",
      () => [{ medicineId: "00000000-0000-4000-8000-000000000000", quantity: 1 }],
      "items.0.medicineId",
    ],
    [
      "a never-online medicine",
      () => [
        { medicineId: ors.uuid, quantity: 1 },
        { medicineId: banned.uuid, quantity: 1 },
      ],
      "items.1.medicineId",
    ],
    [
      "over the per-order cap",
      () => [{ medicineId: azithro.uuid, quantity: 4 }],
      "items.0.quantity",
    ],
    [
      "the same medicine twice",
      () => [
        { medicineId: ors.uuid, quantity: 1 },
        { medicineId: ors.uuid, quantity: 2 },
      ],
      "items.1.medicineId",
    ],
  ])("refuses %s with 422 at its path and keeps the cart", async (_label, items, path) => {
    await put(asha.token, { items: [{ medicineId: azithro.uuid, quantity: 1 }] });
    const res = await put(asha.token, { items: items() });
    expect(res.status).toBe(422);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual([path]);
    expect(lines(await get(asha.token))).toEqual([["Azithromycin 500 mg", 1]]);
  });

  it("never touches another user's cart", async () => {
    await put(asha.token, { items: [{ medicineId: azithro.uuid, quantity: 2 }] });
    await put(ravi.token, { items: [{ medicineId: ors.uuid, quantity: 5 }] });
    await put(ravi.token, { items: [] });
    expect(lines(await get(asha.token))).toEqual([["Azithromycin 500 mg", 2]]);
    expect(lines(await get(ravi.token))).toEqual([]);
  });

  it("needs a signed-in user", async () => {
    expect((await call(getRoute, { path: "/cart" })).status).toBe(401);
    expect(
      (await call(putRoute, { method: "PUT", path: "/cart", body: { items: [] } })).status,
    ).toBe(401);
  });
});

describe("cart lines", () => {
  const add = (token: string, body: unknown) =>
    call(addRoute, { path: "/cart/items", token, body });

  it("adds (merging), sets and removes one medicine's line", async () => {
    await add(asha.token, { medicineId: ors.uuid });
    const merged = await add(asha.token, { medicineId: ors.uuid, quantity: 2 });
    expect(lines(merged)).toEqual([["ORS Sachet", 3]]);
    const set = await call(setRoute, {
      method: "PUT",
      params: { medicineId: ors.uuid },
      token: asha.token,
      body: { quantity: 7 },
    });
    expect(lines(set)).toEqual([["ORS Sachet", 7]]);
    const removed = await call(removeRoute, {
      method: "DELETE",
      params: { medicineId: ors.uuid },
      token: asha.token,
    });
    expect(lines(removed)).toEqual([]);
  });

  it("refuses to add past the cap or a never-online medicine, and 0 removes the line", async () => {
    await add(asha.token, { medicineId: azithro.uuid, quantity: 2 });
    const over = await add(asha.token, { medicineId: azithro.uuid, quantity: 2 });
    expect(over.status).toBe(422);
    expect(over.body.errors[0].path).toBe("quantity");
    const refused = await add(asha.token, { medicineId: banned.uuid });
    expect(refused.body.errors[0].path).toBe("medicineId");
    const zero = await call(setRoute, {
      method: "PUT",
      params: { medicineId: azithro.uuid },
      token: asha.token,
      body: { quantity: 0 },
    });
    expect(lines(zero)).toEqual([]);
  });

  it("settles 20 racing adds in the database: the line never passes the cap", async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, () => add(asha.token, { medicineId: azithro.uuid })),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(3);
    expect(results.filter((r) => r.status === 422)).toHaveLength(17);
    expect(lines(await get(asha.token))).toEqual([["Azithromycin 500 mg", 3]]);
  });

  it("removing from my cart leaves another user's line alone", async () => {
    await add(asha.token, { medicineId: ors.uuid });
    await call(removeRoute, {
      method: "DELETE",
      params: { medicineId: ors.uuid },
      token: ravi.token,
    });
    expect(lines(await get(asha.token))).toEqual([["ORS Sachet", 1]]);
  });
});

describe("cart account part", () => {
  it("exports my cart and erases it with my account, not anyone else's", async () => {
    await put(asha.token, { items: [{ medicineId: ors.uuid, quantity: 2 }] });
    await put(ravi.token, { items: [{ medicineId: ors.uuid, quantity: 1 }] });
    const exported = await exportAccount(asha.user.id);
    expect(exported.cart).toEqual([
      expect.objectContaining({ medicineId: ors.uuid, name: "ORS Sachet", quantity: 2 }),
    ]);
    await eraseAccount(asha.user.id);
    expect(await db.select().from(cartItems).where(eq(cartItems.userId, asha.user.id))).toEqual([]);
    expect(lines(await get(ravi.token))).toEqual([["ORS Sachet", 1]]);
  });
});
