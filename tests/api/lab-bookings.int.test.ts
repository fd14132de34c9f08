import { and, eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { GET as listRoute, POST as bookRoute } from "@/app/api/v1/lab-bookings/route";
import { DELETE as cancelRoute, GET as getRoute } from "@/app/api/v1/lab-bookings/[id]/route";
import { GET as cancellationRoute } from "@/app/api/v1/lab-bookings/[id]/cancellation/route";
import { GET as slotsRoute } from "@/app/api/v1/lab-slots/route";
import { GET as searchRoute } from "@/app/api/v1/lab-tests/route";
import { GET as testRoute } from "@/app/api/v1/lab-tests/[id]/route";
import { db } from "@/db/client";
import { labBookings, labSlotUsage } from "@/db/schema";
import { call } from "@/tests/api-client";
import { createAdminWithToken } from "@/tests/factories-admin";
import { clinicDate, createPatientWithToken } from "@/tests/factories-appointments";
import { createLabPackage, createLabTest, puneAddress } from "@/tests/factories-lab";
import { useTemporaryStorage } from "@/tests/factories-users";

let storage: Awaited<ReturnType<typeof useTemporaryStorage>>;
beforeEach(async () => {
  storage = await useTemporaryStorage();
});
afterEach(async () => {
  await storage.cleanup();
});

const day = () => clinicDate(2);

const book = (token: string, body: unknown, headers: Record<string, string> = {}) =>
  call(bookRoute, { method: "POST", path: "/lab-bookings", token, body, headers });
const getBooking = (token: string, id: string) =>
  call(getRoute, { path: `/lab-bookings/${id}`, token, params: { id } });
const cancel = (token: string, id: string) =>
  call(cancelRoute, { method: "DELETE", path: `/lab-bookings/${id}`, token, params: { id } });
const slots = (query: string) => call(slotsRoute, { path: `/lab-slots?${query}` });

const homeBooking = (testIds: string[], overrides: Record<string, unknown> = {}) => ({
  testIds,
  bookingType: "home_collection",
  date: day(),
  time: "07:00",
  collectionAddress: puneAddress,
  paymentMethod: "cod",
  ...overrides,
});

describe("lab catalogue", () => {
  it("finds the fasting lipid profile by what it measures, and shows a package's tests", async () => {
    const lipid = await createLabTest();
    const sugar = await createLabTest({
      name: "Fasting Blood Sugar",
      category: "diabetes",
      price: "80.00",
      mrp: "150.00",
      parameters: ["Glucose"],
    });
    const pkg = await createLabPackage([lipid, sugar]);
    await createLabTest({ name: "Retired test", isActive: false, parameters: ["HDL"] });

    const byParameter = await call(searchRoute, { path: "/lab-tests?q=hdl" });
    expect(byParameter.status).toBe(200);
    expect(byParameter.body.data.map((t: { name: string }) => t.name)).toEqual(["Lipid Profile"]);
    expect(byParameter.body.data[0]).toMatchObject({
      fastingRequired: true,
      fastingHours: 12,
      price: "450.00",
      mrp: "700.00",
      discountPercent: 35,
    });

    const all = await call(searchRoute, { path: "/lab-tests" });
    expect(all.body.data[0]).toMatchObject({ id: pkg.uuid, isPackage: true, isPopular: true });
    expect(all.body.data[0].includes.map((t: { name: string }) => t.name)).toEqual([
      "Fasting Blood Sugar",
      "Lipid Profile",
    ]);
    const diabetes = await call(searchRoute, { path: "/lab-tests?category=diabetes" });
    expect(diabetes.body.meta.total).toBe(1);

    const one = await call(testRoute, { path: `/lab-tests/${pkg.uuid}`, params: { id: pkg.uuid } });
    expect(one.body.data.includes).toHaveLength(2);
    const missing = await call(testRoute, {
      path: "/lab-tests/x",
      params: { id: crypto.randomUUID() },
    });
    expect(missing.status).toBe(404);
  });

  it("lists a day's slots with the places left in the PIN's area, and only the next 7 days", async () => {
    const lipid = await createLabTest();
    const { token } = await createPatientWithToken();
    expect((await book(token, homeBooking([lipid.uuid]))).status).toBe(201);

    const res = await slots(`date=${day()}&pincode=411038`);
    expect(res.status).toBe(200);
    expect(res.body.data.area).toBe("411");
    const seven = res.body.data.homeCollection.find((s: { time: string }) => s.time === "07:00");
    expect(seven).toEqual({ time: "07:00", placesLeft: 2, available: true });
    expect(res.body.data.labVisit.map((s: { time: string }) => s.time)).toContain("16:00");
    // Another area is not affected.
    const delhi = await slots(`date=${day()}&pincode=110001`);
    expect(delhi.body.data.homeCollection[1].placesLeft).toBe(3);

    for (const date of [clinicDate(0), clinicDate(8)]) {
      const refused = await slots(`date=${date}`);
      expect(refused.status).toBe(422);
      expect(refused.body.errors[0].path).toBe("date");
    }
  });
});

describe("POST /lab-bookings", () => {
  it("prices from the catalogue, ignoring a client's price, and notifies the patient", async () => {
    const lipid = await createLabTest();
    const sugar = await createLabTest({
      name: "Fasting Blood Sugar",
      price: "80.50",
      mrp: "150.00",
    });
    const { token } = await createPatientWithToken();
    const res = await book(token, {
      ...homeBooking([lipid.uuid, sugar.uuid]),
      total: "1.00",
      price: "0.01",
    });
    expect(res.status).toBe(201);
    expect(res.headers.get("location")).toBe(`/api/v1/lab-bookings/${res.body.data.id}`);
    expect(res.body.data).toMatchObject({
      status: "booked",
      total: "530.50",
      fastingHours: 12,
      time: "07:00",
      canCancel: true,
      payPath: null,
      collectionAddress: { pincode: "411004", state: "Maharashtra", phone: "+919876543210" },
    });
    expect(res.body.data.tests).toEqual([
      { testId: lipid.uuid, name: "Lipid Profile", price: "450.00" },
      { testId: sugar.uuid, name: "Fasting Blood Sugar", price: "80.50" },
    ]);
    const list = await call(listRoute, { path: "/lab-bookings", token });
    expect(list.body.data.map((b: { id: string }) => b.id)).toEqual([res.body.data.id]);
  });

  it("books a lab visit without an address and without taking a home place", async () => {
    const lipid = await createLabTest();
    const { token } = await createPatientWithToken();
    const res = await book(token, {
      testIds: [lipid.uuid],
      bookingType: "lab_visit",
      date: day(),
      time: "15:00",
    });
    expect(res.status).toBe(201);
    expect(res.body.data.collectionAddress).toBeNull();
    expect(await db.select().from(labSlotUsage)).toHaveLength(0);
  });

  it.each<[string, (ids: { lipid: string; xray: string }) => unknown, string]>([
    ["no tests", () => homeBooking([]), "testIds"],
    ["an unknown test", () => homeBooking([crypto.randomUUID()]), "testIds.0"],
    ["the same test twice", (t) => homeBooking([t.lipid, t.lipid]), "testIds"],
    ["an X-ray at home", (t) => homeBooking([t.lipid, t.xray]), "testIds.1"],
    ["today", (t) => homeBooking([t.lipid], { date: clinicDate(0) }), "date"],
    ["a past date", (t) => homeBooking([t.lipid], { date: clinicDate(-3) }), "date"],
    ["8 days ahead", (t) => homeBooking([t.lipid], { date: clinicDate(8) }), "date"],
    ["a time outside the slots", (t) => homeBooking([t.lipid], { time: "13:00" }), "time"],
    [
      "a lab visit at 06:00",
      (t) => homeBooking([t.lipid], { bookingType: "lab_visit", time: "06:00" }),
      "time",
    ],
    [
      "home without an address",
      (t) => homeBooking([t.lipid], { collectionAddress: undefined }),
      "collectionAddress",
    ],
    [
      "a bad PIN code",
      (t) => homeBooking([t.lipid], { collectionAddress: { ...puneAddress, pincode: "0123" } }),
      "collectionAddress.pincode",
    ],
    [
      "online payment while it is off",
      (t) => homeBooking([t.lipid], { paymentMethod: "upi" }),
      "paymentMethod",
    ],
    ["an unknown mode", (t) => homeBooking([t.lipid], { bookingType: "home" }), "bookingType"],
  ])("422 for %s", async (_name, body, path) => {
    const lipid = await createLabTest();
    const xray = await createLabTest({
      name: "Chest X-ray",
      category: "imaging",
      homeCollection: false,
      fastingRequired: false,
      fastingHours: null,
    });
    const { token } = await createPatientWithToken();
    const res = await book(token, body({ lipid: lipid.uuid, xray: xray.uuid }));
    expect(res.status).toBe(422);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(path);
    expect(await db.select().from(labBookings)).toHaveLength(0);
  });

  it("gives the last place to exactly one of ten patients racing for it", async () => {
    const lipid = await createLabTest();
    await db
      .insert(labSlotUsage)
      .values({ date: day(), timeSlot: "07:00", area: "411", capacity: 1, booked: 0 });
    const patients = await Promise.all(Array.from({ length: 10 }, () => createPatientWithToken()));
    const results = await Promise.all(
      patients.map(({ token }) => book(token, homeBooking([lipid.uuid]))),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, ...Array(9).fill(409)]);
    const conflict = results.find((r) => r.status === 409)!;
    expect(conflict.body.errors).toEqual([{ path: "time", message: "is full" }]);
    expect(await db.select().from(labBookings)).toHaveLength(1);
    const [usage] = await db.select().from(labSlotUsage);
    expect(usage).toMatchObject({ booked: 1, capacity: 1 });
    const full = await slots(`date=${day()}&pincode=411001`);
    expect(full.body.data.homeCollection[1]).toEqual({
      time: "07:00",
      placesLeft: 0,
      available: false,
    });
  });

  it("books once per Idempotency-Key, and refuses the key with another body", async () => {
    const lipid = await createLabTest();
    const { token } = await createPatientWithToken();
    const headers = { "idempotency-key": "lab-booking-1" };
    const first = await book(token, homeBooking([lipid.uuid]), headers);
    const again = await book(token, homeBooking([lipid.uuid]), headers);
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(again.body.data.id).toBe(first.body.data.id);
    expect(await db.select().from(labBookings)).toHaveLength(1);
    const [usage] = await db.select().from(labSlotUsage);
    expect(usage!.booked).toBe(1);
    const other = await book(token, homeBooking([lipid.uuid], { time: "08:00" }), headers);
    expect(other.status).toBe(422);
    expect(other.body.errors[0].path).toBe("headers.idempotency-key");
  });
});

describe("my lab bookings", () => {
  it("hides A's booking from B (404 to read or cancel) while A still reads and cancels it", async () => {
    const lipid = await createLabTest();
    const a = await createPatientWithToken();
    const b = await createPatientWithToken();
    const { body } = await book(a.token, homeBooking([lipid.uuid]));
    const id = body.data.id;
    expect((await getBooking(b.token, id)).status).toBe(404);
    expect((await cancel(b.token, id)).status).toBe(404);
    const preview = await call(cancellationRoute, {
      path: `/lab-bookings/${id}/cancellation`,
      token: b.token,
      params: { id },
    });
    expect(preview.status).toBe(404);
    expect((await call(listRoute, { path: "/lab-bookings", token: b.token })).body.data).toEqual(
      [],
    );
    expect((await getBooking(a.token, id)).body.data.status).toBe("booked");
    expect((await cancel(a.token, id)).status).toBe(200);
  });

  it("cancels while booked, returning the place, and refuses a second cancel with 409", async () => {
    const lipid = await createLabTest();
    const { token } = await createPatientWithToken();
    const { body } = await book(token, homeBooking([lipid.uuid]));
    const id = body.data.id;
    const preview = await call(cancellationRoute, {
      path: `/lab-bookings/${id}/cancellation`,
      token,
      params: { id },
    });
    expect(preview.body.data).toMatchObject({
      canCancel: true,
      paid: "0.00",
      refund: "0.00",
      kind: "none",
    });
    expect(preview.body.data.policy).toContain("refunded in full");

    const cancelled = await cancel(token, id);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.data).toMatchObject({ status: "cancelled", canCancel: false });
    const [usage] = await db.select().from(labSlotUsage);
    expect(usage!.booked).toBe(0);
    const again = await cancel(token, id);
    expect(again.status).toBe(409);
  });

  it("cancels online bookings left unpaid for 30 minutes and returns their place (cron)", async () => {
    const { cancelUnpaidLabBookings } = await import("@/lib/lab/service");
    const lipid = await createLabTest();
    const { token } = await createPatientWithToken();
    const { body } = await book(token, homeBooking([lipid.uuid]));
    await db
      .update(labBookings)
      .set({ paymentMethod: "upi", createdAt: new Date(Date.now() - 31 * 60_000) })
      .where(eq(labBookings.uuid, body.data.id));
    const fresh = await book(token, homeBooking([lipid.uuid], { time: "08:00" }));
    await db
      .update(labBookings)
      .set({ paymentMethod: "card" })
      .where(eq(labBookings.uuid, fresh.body.data.id));

    expect(await cancelUnpaidLabBookings()).toEqual({ cancelled: 1 });
    expect(await cancelUnpaidLabBookings()).toEqual({ cancelled: 0 });
    expect((await getBooking(token, body.data.id)).body.data.status).toBe("cancelled");
    expect((await getBooking(token, fresh.body.data.id)).body.data.status).toBe("booked");
    const [usage] = await db
      .select()
      .from(labSlotUsage)
      .where(and(eq(labSlotUsage.timeSlot, "07:00"), eq(labSlotUsage.area, "411")));
    expect(usage!.booked).toBe(0);
  });

  it("refuses the admin list to a patient (403)", async () => {
    const { GET: adminList } = await import("@/app/api/v1/admin/lab-bookings/route");
    const { token } = await createPatientWithToken();
    expect((await call(adminList, { path: "/admin/lab-bookings", token })).status).toBe(403);
    const admin = await createAdminWithToken();
    expect(
      (await call(adminList, { path: "/admin/lab-bookings", token: admin.token })).status,
    ).toBe(200);
  });
});
