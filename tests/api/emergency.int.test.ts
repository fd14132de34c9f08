import { describe, expect, it } from "vitest";
import { GET as adminListRoute } from "@/app/api/v1/admin/emergencies/route";
import { PUT as statusRoute } from "@/app/api/v1/admin/emergencies/[id]/status/route";
import { GET as getRoute } from "@/app/api/v1/emergency-requests/[id]/route";
import { POST as createRoute } from "@/app/api/v1/emergency-requests/route";
import { GET as facilityRoute } from "@/app/api/v1/facilities/[id]/route";
import { GET as facilitiesRoute } from "@/app/api/v1/facilities/route";
import { call } from "@/tests/api-client";
import { createFacility } from "@/tests/factories";
import { createAdminWithToken } from "@/tests/factories-admin";
import { createPatientWithToken } from "@/tests/factories-appointments";

let phones = 0;
const body = (overrides: Record<string, unknown> = {}) => ({
  type: "accident",
  patientName: "Vikram Singh",
  symptoms: "Fell from a scooter, bleeding from the head",
  address: "Near Deccan bus stop",
  city: "Pune",
  contactPhone: `+91 97${String(++phones).padStart(8, "0")}`,
  ...overrides,
});
const create = (b: unknown, token?: string) =>
  call(createRoute, { method: "POST", path: "/emergency-requests", body: b, token });

describe("POST /emergency-requests", () => {
  it("takes a guest's request: 201, Location, the tracking token once, the nearest hospital alerted", async () => {
    await createFacility({
      name: "Sassoon General",
      latitude: "18.528000",
      longitude: "73.870000",
      verified: true,
      hasEmergency: true,
      emergencyPhone: "+919800000108",
    });
    const res = await create(body());
    expect(res.status).toBe(201);
    const made = res.body.data;
    expect(res.headers.get("location")).toBe(`/api/v1/emergency-requests/${made.id}`);
    expect(made).toMatchObject({
      status: "pending",
      type: "accident",
      contactPhone: expect.stringMatching(/^\+9197\d{8}$/),
      locatedBy: "city",
    });
    expect(made.alertedFacilities).toEqual([
      expect.objectContaining({
        name: "Sassoon General",
        phone: "+919800000108",
        response: "none",
      }),
    ]);
    expect(typeof made.trackingToken).toBe("string");

    const path = `/emergency-requests/${made.id}`;
    const viaHeader = await call(getRoute, {
      path,
      params: { id: made.id },
      headers: { "x-tracking-token": made.trackingToken },
    });
    expect(viaHeader.status).toBe(200);
    expect(viaHeader.body.data).not.toHaveProperty("trackingToken");
    const viaQuery = await call(getRoute, {
      path: `${path}?token=${made.trackingToken}`,
      params: { id: made.id },
    });
    expect(viaQuery.status).toBe(200);
    for (const headers of [{}, { "x-tracking-token": "wrong" }] as Record<string, string>[]) {
      const denied = await call(getRoute, { path, params: { id: made.id }, headers });
      expect(denied.status).toBe(404);
      expect(denied.headers.get("content-type")).toContain("application/problem+json");
    }
  });

  it("a signed-in requester reads their own request without a token; another patient gets 404", async () => {
    const asha = await createPatientWithToken({ fullName: "Asha" });
    const ravi = await createPatientWithToken({ fullName: "Ravi" });
    const made = (await create(body(), asha.token)).body.data;
    const read = (token: string) =>
      call(getRoute, { path: `/emergency-requests/${made.id}`, params: { id: made.id }, token });
    expect((await read(asha.token)).status).toBe(200);
    expect((await read(ravi.token)).status).toBe(404);
    expect((await read(asha.token)).status).toBe(200);
  });

  it.each([
    ["a missing name", { patientName: undefined }, "patientName"],
    ["an empty name", { patientName: "  " }, "patientName"],
    ["a missing phone", { contactPhone: undefined }, "contactPhone"],
    ["a landline", { contactPhone: "020 2612 3456" }, "contactPhone"],
    ["a NUL in the symptoms", { symptoms: "pain\u0000" }, "symptoms"],
    ["10,000 characters of symptoms", { symptoms: "a".repeat(10_000) }, "symptoms"],
    ["no place at all", { address: undefined, city: undefined }, "address"],
    ["an unknown city", { city: "Atlantis" }, "city"],
    ["half a position", { latitude: 18.5 }, "longitude"],
    ["an unknown type", { type: "fire" }, "type"],
    ["an age of 200", { age: 200 }, "age"],
  ])("422 for %s, naming the field", async (_what, overrides, path) => {
    const res = await create(body(overrides));
    expect(res.status).toBe(422);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
  });

  it("400 for a body that is not JSON", async () => {
    const res = await call(createRoute, { method: "POST", path: "/emergency-requests", body: "{" });
    expect(res.status).toBe(400);
  });
});

describe("admin emergencies", () => {
  it("lists active requests for admins, moves them, 409 on an illegal move; a patient gets 403", async () => {
    const admin = await createAdminWithToken();
    const patient = await createPatientWithToken();
    const made = (await create(body(), patient.token)).body.data;

    const list = await call(adminListRoute, { path: "/admin/emergencies", token: admin.token });
    expect(list.status).toBe(200);
    expect(list.body.data.map((e: { id: string }) => e.id)).toEqual([made.id]);
    expect(
      (await call(adminListRoute, { path: "/admin/emergencies", token: patient.token })).status,
    ).toBe(403);
    expect((await call(adminListRoute, { path: "/admin/emergencies" })).status).toBe(401);

    const move = (status: string, token = admin.token, extra = {}) =>
      call(statusRoute, {
        method: "PUT",
        path: `/admin/emergencies/${made.id}/status`,
        params: { id: made.id },
        token,
        body: { status, ...extra },
      });
    expect((await move("acknowledged", patient.token)).status).toBe(403);
    expect((await move("completed")).status).toBe(409);
    const ok = await move("acknowledged");
    expect(ok.status).toBe(200);
    expect(ok.body.data.status).toBe("acknowledged");
    expect((await move("acknowledged")).status).toBe(409);
    const bad = await move("ambulance_dispatched", admin.token, { etaMinutes: -1 });
    expect(bad.status).toBe(422);
    expect(bad.body.errors).toEqual([expect.objectContaining({ path: "etaMinutes" })]);
    expect((await move("pending")).status).toBe(422);

    const mine = await call(getRoute, {
      path: `/emergency-requests/${made.id}`,
      params: { id: made.id },
      token: patient.token,
    });
    expect(mine.body.data.status).toBe("acknowledged");
  });
});

describe("GET /facilities", () => {
  it("lists near a city, 422 without a place, and one facility by id (404 when unverified)", async () => {
    const ruby = await createFacility({ name: "Ruby Hall", verified: true, is24x7: true });
    const hidden = await createFacility({ name: "Hidden", verified: false });
    const near = await call(facilitiesRoute, {
      path: "/facilities?city=pune&radiusKm=5&open24x7=true",
    });
    expect(near.status).toBe(200);
    expect(near.body.data.map((f: { name: string }) => f.name)).toEqual(["Ruby Hall"]);
    expect(near.body.meta).toMatchObject({ total: 1, radiusKm: 5, centre: { city: "Pune" } });

    const none = await call(facilitiesRoute, { path: "/facilities" });
    expect(none.status).toBe(422);
    expect(none.body.errors).toEqual([expect.objectContaining({ path: "city" })]);
    const far = await call(facilitiesRoute, { path: "/facilities?lat=18.5&lng=73.8&radiusKm=500" });
    expect(far.status).toBe(422);

    const one = await call(facilityRoute, {
      path: `/facilities/${ruby.uuid}`,
      params: { id: ruby.uuid },
    });
    expect(one.status).toBe(200);
    expect(one.body.data).toMatchObject({ name: "Ruby Hall", is24x7: true });
    const gone = await call(facilityRoute, {
      path: `/facilities/${hidden.uuid}`,
      params: { id: hidden.uuid },
    });
    expect(gone.status).toBe(404);
  });
});
