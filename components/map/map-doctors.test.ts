import { describe, expect, it } from "vitest";
import { placesOf } from "./map-doctors";
import type { MapDoctor } from "./types";

const doctor = (id: string, lat: number, lng: number, address = "Clinic, Pune"): MapDoctor => ({
  id,
  name: `Dr. ${id}`,
  specialty: "Cardiologist",
  rating: null,
  fees: "",
  address,
  lat,
  lng,
});

describe("placesOf", () => {
  it("puts doctors at one place on one pin, so pins and the count agree", () => {
    const places = placesOf(
      [
        doctor("a", 18.52, 73.85, "Ruby Hall, Pune"),
        doctor("b", 18.6, 73.8),
        doctor("c", 18.520001, 73.850001, "Ruby Hall, Pune"),
      ],
      (address, count) => `${address}: ${count} doctors`,
    );
    expect(places.map((p) => p.doctors.map((d) => d.id))).toEqual([["a", "c"], ["b"]]);
    expect(places.map((p) => p.title)).toEqual(["Ruby Hall, Pune: 2 doctors", "Dr. b"]);
  });

  it("keeps places a few metres apart as separate pins", () => {
    const places = placesOf([doctor("a", 18.52, 73.85), doctor("b", 18.5201, 73.85)], () => "");
    expect(places).toHaveLength(2);
  });
});
