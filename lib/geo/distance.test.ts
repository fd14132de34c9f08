import { describe, expect, it } from "vitest";
import { cityInText, findCityCentre } from "./cities";
import { boundingBox, haversineKm } from "./distance";

describe("haversineKm", () => {
  it("measures known distances: Pune to Mumbai about 120 km, Delhi to Chennai about 1,760 km", () => {
    const pune = findCityCentre("Pune")!;
    const mumbai = findCityCentre("mumbai ")!;
    expect(haversineKm(pune.lat, pune.lng, mumbai.lat, mumbai.lng)).toBeCloseTo(119.9, 0);
    const delhi = findCityCentre("Delhi")!;
    const chennai = findCityCentre("Chennai")!;
    const far = haversineKm(delhi.lat, delhi.lng, chennai.lat, chennai.lng);
    expect(far).toBeGreaterThan(1750);
    expect(far).toBeLessThan(1765);
    expect(haversineKm(pune.lat, pune.lng, pune.lat, pune.lng)).toBe(0);
  });
});

describe("boundingBox", () => {
  it("holds every point within the radius (its corners' sides are the radius away)", () => {
    const box = boundingBox(18.5, 73.8, 10);
    expect(haversineKm(18.5, 73.8, box.maxLat, 73.8)).toBeCloseTo(10, 5);
    expect(haversineKm(18.5, 73.8, box.minLat, 73.8)).toBeCloseTo(10, 5);
    // The circle's widest point east and west lies on the box's sides (north of the parallel).
    const widest = (lng: number) =>
      Math.min(
        ...Array.from({ length: 201 }, (_, i) => haversineKm(18.5, 73.8, 18.4 + i * 0.001, lng)),
      );
    expect(widest(box.maxLng)).toBeCloseTo(10, 3);
    expect(widest(box.minLng)).toBeCloseTo(10, 3);
  });
});

describe("cities", () => {
  it("finds a city by name, or named in an address as a whole word", () => {
    expect(findCityCentre("PUNE")?.name).toBe("Pune");
    expect(findCityCentre("Atlantis")).toBeNull();
    expect(cityInText("12 FC Road, Pune 411004")?.name).toBe("Pune");
    expect(cityInText("Punekar Lane")).toBeNull();
    expect(cityInText(null)).toBeNull();
  });
});
