import { sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";

/** Mean Earth radius in km (the haversine's sphere). */
export const EARTH_RADIUS_KM = 6371.0088;
const KM_PER_DEGREE_LAT = (Math.PI * EARTH_RADIUS_KM) / 180;

const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle (haversine) distance in km between two points. */
export function haversineKm(aLat: number, aLng: number, bLat: number, bLng: number): number {
  const dLat = rad(bLat - aLat);
  const dLng = rad(bLng - aLng);
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(rad(aLat)) * Math.cos(rad(bLat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * The latitude/longitude box that holds every point within `radiusKm` of the centre: a cheap
 * prefilter the (latitude, longitude) index can answer before the exact distance is computed.
 */
export function boundingBox(lat: number, lng: number, radiusKm: number) {
  const dLat = radiusKm / KM_PER_DEGREE_LAT;
  // The widest longitude a circle reaches: asin(sin(d) / cos(lat)), d the angular radius; near a
  // pole (ratio >= 1) every longitude may be within reach.
  const ratio = Math.sin(radiusKm / EARTH_RADIUS_KM) / Math.cos(rad(lat));
  const dLng = ratio >= 1 ? 180 : (Math.asin(ratio) * 180) / Math.PI;
  return {
    minLat: Math.max(-90, lat - dLat),
    maxLat: Math.min(90, lat + dLat),
    minLng: Math.max(-180, lng - dLng),
    maxLng: Math.min(180, lng + dLng),
  };
}

/** The haversine distance in km from a point to a row's coordinates, as SQL (double precision). */
export function distanceKmSql(
  lat: number,
  lng: number,
  latCol: AnyPgColumn,
  lngCol: AnyPgColumn,
): SQL<number> {
  return sql<number>`(2 * ${EARTH_RADIUS_KM}::float8 * asin(least(1::float8, sqrt(
    power(sin(radians(${latCol}::float8 - ${lat}::float8) / 2), 2)
    + cos(radians(${lat}::float8)) * cos(radians(${latCol}::float8))
      * power(sin(radians(${lngCol}::float8 - ${lng}::float8) / 2), 2)))))`;
}

/** Rounds a distance to 2 decimals, the precision every DTO shows. */
export const roundKm = (km: number) => Math.round(km * 100) / 100;
