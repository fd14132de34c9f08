import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { adminActions, emergencyRequests, notifications, recordAccessLog } from "@/db/schema";
import { createFacility, createUser } from "@/tests/factories";
import { actorFor } from "@/tests/factories-users";
import { getEmergencyRequest, listEmergencies } from "./queries";
import { createEmergencyRequestSchema } from "./schemas";
import { createEmergencyRequest, updateEmergencyStatus } from "./service";

const pune = { lat: 18.5204, lng: 73.8567 };
const north = (km: number) => ({
  latitude: (pune.lat + km / 111.195).toFixed(6),
  longitude: pune.lng.toFixed(6),
});
const hospital = { verified: true, isActive: true, hasEmergency: true, type: "hospital" as const };
const ctx = { ip: "direct" };

let phones = 0;
/** A valid request (a fresh phone each time, so the per-phone limit never interferes). */
const input = (overrides: Record<string, unknown> = {}) =>
  createEmergencyRequestSchema.parse({
    type: "cardiac",
    patientName: "Sunita Patil",
    age: 58,
    symptoms: "Chest pain and sweating for 20 minutes",
    latitude: pune.lat,
    longitude: pune.lng,
    contactPhone: `98${String(++phones).padStart(8, "0")}`,
    ...overrides,
  });

describe("createEmergencyRequest", () => {
  it("alerts the nearest verified facilities with emergency services within 25 km, nearest first, and tells their managers", async () => {
    const owner = await createUser({ fullName: "Ruby Hall desk" });
    await createFacility({ name: "Far, 30 km", ...north(30), ...hospital });
    await createFacility({ name: "Near, 2 km", ...north(2), ...hospital, ownerUserId: owner.id });
    await createFacility({ name: "Middle, 8 km", ...north(8), ...hospital });
    await createFacility({
      name: "No emergency, 1 km",
      ...north(1),
      ...hospital,
      hasEmergency: false,
    });
    await createFacility({ name: "Unverified, 1 km", ...north(1), ...hospital, verified: false });

    const made = await createEmergencyRequest(null, input(), ctx);
    expect(made.status).toBe("pending");
    expect(made.requestNumber).toMatch(/^ER-\d{8}-[A-Z2-9]{6}$/);
    expect(made.trackingToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(made.alertedFacilities.map((f) => [f.name, f.distanceKm])).toEqual([
      ["Near, 2 km", 2],
      ["Middle, 8 km", 8],
    ]);
    expect(made.locatedBy).toBe("coordinates");

    const [stored] = await db.select().from(emergencyRequests);
    expect(stored!.trackingTokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored!.trackingTokenHash).not.toContain(made.trackingToken);
    const inbox = await db.select().from(notifications).where(eq(notifications.userId, owner.id));
    expect(inbox).toHaveLength(1);
    expect(inbox[0]).toMatchObject({ type: "emergency", priority: "urgent" });
    expect(inbox[0]!.body).toContain("2.0 km");
  });

  it("locates a request without coordinates by its city, and says when it cannot", async () => {
    await createFacility({ name: "Pune centre", ...north(1), ...hospital });
    const byCity = await createEmergencyRequest(
      null,
      input({ latitude: null, longitude: null, address: "Flat 4, Karve Road", city: "Pune" }),
      ctx,
    );
    expect(byCity.locatedBy).toBe("city");
    expect(byCity.address).toBe("Flat 4, Karve Road, Pune");
    expect(byCity.alertedFacilities.map((f) => f.name)).toEqual(["Pune centre"]);

    const inText = await createEmergencyRequest(
      null,
      input({ latitude: null, longitude: null, address: "Near FC Road, Pune 411004" }),
      ctx,
    );
    expect(inText.alertedFacilities.map((f) => f.name)).toEqual(["Pune centre"]);

    const nowhere = await createEmergencyRequest(
      null,
      input({ latitude: null, longitude: null, address: "Behind the old temple" }),
      ctx,
    );
    expect(nowhere.locatedBy).toBe("none");
    expect(nowhere.alertedFacilities).toEqual([]);
  });

  it("counts requests per phone before the work: the 6th in an hour from one phone is refused", async () => {
    const same = { contactPhone: "9811111111" };
    for (let i = 0; i < 5; i++) await createEmergencyRequest(null, input(same), ctx);
    await expect(createEmergencyRequest(null, input(same), ctx)).rejects.toMatchObject({
      code: "rate_limited",
    });
    expect(await db.$count(emergencyRequests)).toBe(5);
  });
});

describe("getEmergencyRequest", () => {
  it("opens for its signed-in requester or the tracking token; for anyone else it does not exist", async () => {
    const asha = await createUser({ fullName: "Asha" });
    const ravi = await createUser({ fullName: "Ravi" });
    const mine = await createEmergencyRequest(actorFor(asha), input(), ctx);
    const guest = await createEmergencyRequest(null, input(), ctx);

    expect((await getEmergencyRequest(actorFor(asha), mine.id)).requestNumber).toBe(
      mine.requestNumber,
    );
    expect((await getEmergencyRequest(null, guest.id, guest.trackingToken)).id).toBe(guest.id);
    expect((await getEmergencyRequest(actorFor(ravi), mine.id, mine.trackingToken)).id).toBe(
      mine.id,
    );

    for (const attempt of [
      () => getEmergencyRequest(actorFor(ravi), mine.id),
      () => getEmergencyRequest(null, mine.id),
      () => getEmergencyRequest(null, guest.id, `${guest.trackingToken}x`),
      () => getEmergencyRequest(null, guest.id, mine.trackingToken),
      () => getEmergencyRequest(actorFor(asha), guest.id),
      () => getEmergencyRequest(null, "not-a-uuid", guest.trackingToken),
    ]) {
      await expect(attempt()).rejects.toMatchObject({ code: "not_found" });
    }
  });
});

describe("updateEmergencyStatus", () => {
  it("moves one step at a time, stamps each step, notifies the requester, and refuses other moves with 409", async () => {
    const admin = actorFor(await createUser({ role: "admin", fullName: "Admin Anita" }));
    const asha = await createUser({ fullName: "Asha" });
    await createFacility({ name: "Near", ...north(2), ...hospital });
    const made = await createEmergencyRequest(actorFor(asha), input(), ctx);
    const facilityId = made.alertedFacilities[0]!.id;

    await expect(
      updateEmergencyStatus(admin, made.id, { status: "help_arrived" }),
    ).rejects.toMatchObject({
      code: "conflict",
    });
    const acknowledged = await updateEmergencyStatus(admin, made.id, {
      status: "acknowledged",
      facilityId,
    });
    expect(acknowledged.status).toBe("acknowledged");
    expect(acknowledged.acknowledgedAt).not.toBeNull();
    expect(acknowledged.alertedFacilities[0]!.response).toBe("accepted");
    expect((await getEmergencyRequest(actorFor(asha), made.id)).status).toBe("acknowledged");

    const dispatched = await updateEmergencyStatus(admin, made.id, {
      status: "ambulance_dispatched",
      etaMinutes: 12,
    });
    expect(dispatched).toMatchObject({ status: "ambulance_dispatched", etaMinutes: 12 });
    expect(dispatched.dispatchedAt).not.toBeNull();
    await updateEmergencyStatus(admin, made.id, { status: "help_arrived" });
    const done = await updateEmergencyStatus(admin, made.id, { status: "completed" });
    expect(done.closedAt).not.toBeNull();
    expect(done.nextStatuses).toEqual([]);
    await expect(
      updateEmergencyStatus(admin, made.id, { status: "cancelled" }),
    ).rejects.toMatchObject({
      code: "conflict",
    });

    const inbox = await db
      .select({ body: notifications.body, link: notifications.link })
      .from(notifications)
      .where(eq(notifications.userId, asha.id));
    expect(inbox).toHaveLength(4);
    expect(inbox.map((n) => n.link)).toEqual(Array(4).fill(`/emergency/${made.id}`));
    expect(inbox.map((n) => n.body)).toContain(
      "Update on your emergency request: a hospital team acknowledged it.",
    );

    const audit = await db
      .select({
        action: adminActions.action,
        label: adminActions.targetLabel,
        why: adminActions.reason,
      })
      .from(adminActions)
      .where(eq(adminActions.targetUuid, made.id))
      .orderBy(adminActions.id);
    expect(audit).toEqual(
      ["acknowledged", "ambulance_dispatched", "help_arrived", "completed"].map((status) => ({
        action: "emergency_status_changed",
        label: made.requestNumber,
        why: status,
      })),
    );
  });

  it("two admins acknowledging at once: one wins, the other gets 409, the requester hears once", async () => {
    const anita = actorFor(await createUser({ role: "admin" }));
    const bala = actorFor(await createUser({ role: "admin" }));
    const asha = await createUser();
    const made = await createEmergencyRequest(actorFor(asha), input(), ctx);
    const results = await Promise.allSettled([
      updateEmergencyStatus(anita, made.id, { status: "acknowledged" }),
      updateEmergencyStatus(bala, made.id, { status: "acknowledged" }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: "conflict" });
    expect(await db.$count(notifications, eq(notifications.userId, asha.id))).toBe(1);
    expect(await db.$count(adminActions, eq(adminActions.targetUuid, made.id))).toBe(1);
  });

  it("is for admins only, and a facility that was not alerted is a 422", async () => {
    const admin = actorFor(await createUser({ role: "admin" }));
    const patient = actorFor(await createUser());
    const made = await createEmergencyRequest(patient, input(), ctx);
    await expect(
      updateEmergencyStatus(patient, made.id, { status: "acknowledged" }),
    ).rejects.toMatchObject({
      code: "forbidden",
    });
    const other = await createFacility({ name: "Elsewhere", ...hospital });
    await expect(
      updateEmergencyStatus(admin, made.id, { status: "acknowledged", facilityId: other.uuid }),
    ).rejects.toMatchObject({ code: "validation_failed" });
    expect((await getEmergencyRequest(patient, made.id)).status).toBe("pending");
  });
});

describe("listEmergencies", () => {
  it("lists active requests oldest first, closed ones on their own tab, and logs the admin's read", async () => {
    const admin = actorFor(await createUser({ role: "admin" }));
    const asha = await createUser();
    const first = await createEmergencyRequest(actorFor(asha), input(), ctx);
    const second = await createEmergencyRequest(null, input(), ctx);
    await updateEmergencyStatus(admin, second.id, { status: "cancelled" });

    const active = await listEmergencies(admin, { status: "active" });
    expect(active.map((e) => e.id)).toEqual([first.id]);
    expect(active[0]).toMatchObject({
      signedIn: true,
      nextStatuses: ["acknowledged", "cancelled"],
    });
    expect((await listEmergencies(admin, { status: "closed" })).map((e) => e.id)).toEqual([
      second.id,
    ]);

    const log = await db.select().from(recordAccessLog).where(eq(recordAccessLog.ownerId, asha.id));
    expect(log.length).toBeGreaterThan(0);
    await expect(listEmergencies(actorFor(asha), { status: "active" })).rejects.toMatchObject({
      code: "forbidden",
    });
  });
});
