import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db, queryRows } from "@/db/client";
import { createFacility } from "@/tests/factories";
import { facilityListStatement, getFacility, listFacilities } from "./queries";
import { listFacilitiesQuerySchema } from "./schemas";

// A point in Pune and places at known distances from it (1 degree of latitude is ~111.19 km).
const pune = { lat: 18.5204, lng: 73.8567 };
const north = (km: number) => (pune.lat + km / 111.195).toFixed(6);
const at = (km: number) => ({ latitude: north(km), longitude: pune.lng.toFixed(6) });

const listed = { verified: true, isActive: true };
const query = (q: Record<string, unknown>) =>
  listFacilitiesQuerySchema.parse({ lat: pune.lat, lng: pune.lng, ...q });

describe("listFacilities", () => {
  it("lists verified, active facilities within the radius, nearest first, with the real distance", async () => {
    await createFacility({ name: "Three km", ...at(3), ...listed });
    await createFacility({ name: "One km", ...at(1), ...listed });
    await createFacility({ name: "Twelve km", ...at(12), ...listed });
    await createFacility({ name: "Unverified", ...at(2), verified: false });
    await createFacility({ name: "Closed down", ...at(2), verified: true, isActive: false });
    await createFacility({
      name: "Mumbai",
      latitude: "19.076000",
      longitude: "72.877700",
      ...listed,
    });

    const within10 = await listFacilities(null, query({ radiusKm: 10 }));
    expect(within10.data.map((f) => f.name)).toEqual(["One km", "Three km"]);
    expect(within10.data.map((f) => f.distanceKm)).toEqual([1, 3]);
    expect(within10.meta).toMatchObject({ total: 2, radiusKm: 10, centre: { city: null } });

    const within20 = await listFacilities(null, query({ radiusKm: 20 }));
    expect(within20.data.map((f) => f.name)).toEqual(["One km", "Three km", "Twelve km"]);

    // Mumbai is ~120 km from Pune: outside the largest radius, and the distance says so.
    const within50 = await listFacilities(null, query({ radiusKm: 50 }));
    expect(within50.data.map((f) => f.name)).not.toContain("Mumbai");
    const fromMumbai = await listFacilities(
      null,
      listFacilitiesQuerySchema.parse({ city: "Mumbai", radiusKm: 50 }),
    );
    expect(fromMumbai.data.map((f) => f.name)).toEqual(["Mumbai"]);
    expect(fromMumbai.meta.centre).toEqual({ lat: 19.076, lng: 72.8777, city: "Mumbai" });
  });

  it("honours every filter: name, type, category, emergency, 24x7 and department", async () => {
    await createFacility({
      name: "Sassoon General Hospital",
      type: "hospital",
      category: "government",
      hasEmergency: true,
      is24x7: true,
      departments: ["emergency", "cardiology"],
      ...at(1),
      ...listed,
    });
    await createFacility({
      name: "Kothrud Skin Clinic",
      type: "clinic",
      category: "private",
      departments: ["dermatology"],
      ...at(2),
      ...listed,
    });
    const names = async (q: Record<string, unknown>) =>
      (await listFacilities(null, query(q))).data.map((f) => f.name);
    expect(await names({})).toHaveLength(2);
    expect(await names({ q: "sassoon" })).toEqual(["Sassoon General Hospital"]);
    expect(await names({ q: "%" })).toEqual([]);
    expect(await names({ type: "clinic" })).toEqual(["Kothrud Skin Clinic"]);
    expect(await names({ category: "government" })).toEqual(["Sassoon General Hospital"]);
    expect(await names({ emergency: "true" })).toEqual(["Sassoon General Hospital"]);
    expect(await names({ open24x7: "true" })).toEqual(["Sassoon General Hospital"]);
    expect(await names({ open24x7: "false" })).toHaveLength(2);
    expect(await names({ department: "dermatology" })).toEqual(["Kothrud Skin Clinic"]);
  });

  it("answers from the (latitude, longitude) index, not a scan, among 5,000 facilities", async () => {
    // 5,000 listed facilities spread over India (deterministic), plus a few in Pune.
    await db.execute(sql`
      insert into facilities (name, city, latitude, longitude, verified, is_active, has_emergency)
      select 'Facility ' || i, 'Somewhere',
             round((8 + ((i * 7919) % 24000) / 1000.0)::numeric, 6),
             round((68 + ((i * 104729) % 24000) / 1000.0)::numeric, 6),
             true, true, i % 3 = 0
        from generate_series(1, 5000) as i`);
    await createFacility({ name: "Near", ...at(2), ...listed });
    await db.execute(sql`analyze facilities`);

    const { page, total } = facilityListStatement(query({ radiusKm: 10, emergency: "true" }));
    for (const statement of [page, total]) {
      const plan = (await queryRows<{ "QUERY PLAN": string }>(sql`explain ${statement.getSQL()}`))
        .map((r) => r["QUERY PLAN"])
        .join("\n");
      expect(plan).toContain("facilities_lat_lng_idx");
      expect(plan).not.toMatch(/Seq Scan on facilities/);
    }
    const result = await listFacilities(null, query({ radiusKm: 10 }));
    expect(result.data.map((f) => f.name)).toEqual(["Near"]);
  });
});

describe("getFacility", () => {
  it("shows a listed facility and hides unverified ones and bad ids", async () => {
    const shown = await createFacility({ name: "Ruby Hall", ...listed, phone: "+919800000001" });
    const hidden = await createFacility({ name: "Pending", verified: false });
    expect(await getFacility(null, shown.uuid)).toMatchObject({
      name: "Ruby Hall",
      phone: "+919800000001",
      distanceKm: null,
    });
    await expect(getFacility(null, hidden.uuid)).rejects.toMatchObject({ code: "not_found" });
    await expect(getFacility(null, "not-a-uuid")).rejects.toMatchObject({ code: "not_found" });
  });
});
