/**
 * The cities SwasthAI knows by name, with an approximate city-centre coordinate: the fallback
 * location for "hospitals near me" and emergency requests when the browser gives no position.
 * Isomorphic (forms list them; the seed places its facilities around them).
 */
export interface CityCentre {
  name: string;
  state: string;
  lat: number;
  lng: number;
}

export const cityCentres = [
  { name: "Pune", state: "Maharashtra", lat: 18.5204, lng: 73.8567 },
  { name: "Mumbai", state: "Maharashtra", lat: 19.076, lng: 72.8777 },
  { name: "Delhi", state: "Delhi", lat: 28.6139, lng: 77.209 },
  { name: "Bengaluru", state: "Karnataka", lat: 12.9716, lng: 77.5946 },
  { name: "Hyderabad", state: "Telangana", lat: 17.385, lng: 78.4867 },
  { name: "Chennai", state: "Tamil Nadu", lat: 13.0827, lng: 80.2707 },
  { name: "Kolkata", state: "West Bengal", lat: 22.5726, lng: 88.3639 },
  { name: "Ahmedabad", state: "Gujarat", lat: 23.0225, lng: 72.5714 },
  { name: "Jaipur", state: "Rajasthan", lat: 26.9124, lng: 75.7873 },
  { name: "Lucknow", state: "Uttar Pradesh", lat: 26.8467, lng: 80.9462 },
  { name: "Guwahati", state: "Assam", lat: 26.1445, lng: 91.7362 },
  { name: "Kochi", state: "Kerala", lat: 9.9312, lng: 76.2673 },
  { name: "Chandigarh", state: "Chandigarh", lat: 30.7333, lng: 76.7794 },
  { name: "Bhopal", state: "Madhya Pradesh", lat: 23.2599, lng: 77.4126 },
] as const satisfies readonly CityCentre[];

export type CityName = (typeof cityCentres)[number]["name"];

/** The known city named `name` (case and surrounding spaces ignored), or null. */
export function findCityCentre(name: string | null | undefined): CityCentre | null {
  const wanted = name?.trim().toLowerCase();
  if (!wanted) return null;
  return cityCentres.find((c) => c.name.toLowerCase() === wanted) ?? null;
}

/** The first known city named in free text ("12 MG Road, Pune 411001" -> Pune), or null. */
export function cityInText(text: string | null | undefined): CityCentre | null {
  if (!text) return null;
  const lower = text.toLowerCase();
  return (
    cityCentres.find((c) =>
      new RegExp(`(^|[^a-z])${c.name.toLowerCase()}([^a-z]|$)`).test(lower),
    ) ?? null
  );
}

/** The centre of the city `name`, for the seed (throws on a city this module does not know). */
export function cityCentre(name: CityName): { lat: number; lng: number } {
  const city = findCityCentre(name);
  if (!city) throw new Error(`unknown city ${name}`);
  return { lat: city.lat, lng: city.lng };
}
