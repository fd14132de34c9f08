import "server-only";
import {
  and,
  arrayContains,
  asc,
  between,
  count,
  eq,
  ilike,
  lte,
  sql,
  type SQL,
} from "drizzle-orm";
import { db, type Queryable } from "@/db/client";
import { facilities } from "@/db/schema";
import { foundOr, notFound } from "@/lib/access/owner";
import type { Actor } from "@/lib/auth/actor";
import { findCityCentre } from "@/lib/geo/cities";
import { boundingBox, distanceKmSql } from "@/lib/geo/distance";
import { isUuid } from "@/lib/validation/ids";
import { toFacilityDetailDto, toFacilitySummaryDto } from "./mappers";
import type { FacilityDetailDto, FacilityList, ListFacilitiesQuery } from "./schemas";

/** Only verified, active facilities are ever shown or alerted. */
export const listedFacility = and(eq(facilities.verified, true), eq(facilities.isActive, true));

export const facilitySummaryColumns = {
  uuid: facilities.uuid,
  name: facilities.name,
  type: facilities.type,
  category: facilities.category,
  area: facilities.area,
  city: facilities.city,
  latitude: facilities.latitude,
  longitude: facilities.longitude,
  phone: facilities.phone,
  emergencyPhone: facilities.emergencyPhone,
  departments: facilities.departments,
  hasEmergency: facilities.hasEmergency,
  is24x7: facilities.is24x7,
  ratingAvg: facilities.ratingAvg,
  ratingCount: facilities.ratingCount,
};

/**
 * The conditions for "listed facilities within `radiusKm` of a point": a latitude/longitude box
 * the (latitude, longitude) index answers, then the exact haversine distance on what is left.
 * Internal (no actor): callers decide who may search.
 */
export function withinRadius(lat: number, lng: number, radiusKm: number) {
  const box = boundingBox(lat, lng, radiusKm);
  const distance = distanceKmSql(lat, lng, facilities.latitude, facilities.longitude);
  const where = and(
    listedFacility,
    between(facilities.latitude, box.minLat.toFixed(6), box.maxLat.toFixed(6)),
    between(facilities.longitude, box.minLng.toFixed(6), box.maxLng.toFixed(6)),
    lte(distance, radiusKm),
  );
  return { distance, where };
}

function filtersOf(query: ListFacilitiesQuery): SQL[] {
  const filters: SQL[] = [];
  if (query.q) filters.push(ilike(facilities.name, `%${escapeLike(query.q)}%`));
  if (query.type) filters.push(eq(facilities.type, query.type));
  if (query.category) filters.push(eq(facilities.category, query.category));
  if (query.emergency) filters.push(eq(facilities.hasEmergency, true));
  if (query.open24x7) filters.push(eq(facilities.is24x7, true));
  if (query.department) filters.push(arrayContains(facilities.departments, [query.department]));
  return filters;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The centre a query searches around: its coordinates, else its city's centre. */
export function centreOf(query: Pick<ListFacilitiesQuery, "lat" | "lng" | "city">) {
  if (query.lat !== undefined && query.lng !== undefined) {
    return { lat: query.lat, lng: query.lng, city: null };
  }
  const city = findCityCentre(query.city);
  return city ? { lat: city.lat, lng: city.lng, city: city.name } : null;
}

/** The SQL of a list page (exported for the EXPLAIN test). */
export function facilityListStatement(query: ListFacilitiesQuery, on: Queryable = db) {
  const centre = centreOf(query);
  if (!centre) throw new Error("a list query has a centre (the schema requires one)");
  const { distance, where } = withinRadius(centre.lat, centre.lng, query.radiusKm);
  const all = and(where, ...filtersOf(query));
  const page = on
    .select({ ...facilitySummaryColumns, distanceKm: distance })
    .from(facilities)
    .where(all)
    .orderBy(asc(distance), asc(facilities.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const total = on.select({ n: count() }).from(facilities).where(all);
  return { centre, page, total };
}

/**
 * Verified, active facilities within the radius of a point or a city's centre, nearest first,
 * each with its distance (public: anyone may search).
 */
export async function listFacilities(
  _actor: Actor | null,
  query: ListFacilitiesQuery,
): Promise<FacilityList> {
  const { centre, page, total } = facilityListStatement(query);
  const [rows, [counted]] = await Promise.all([page, total]);
  return {
    data: rows.map(toFacilitySummaryDto),
    meta: {
      page: query.page,
      pageSize: query.pageSize,
      total: Number(counted?.n ?? 0),
      centre,
      radiusKm: query.radiusKm,
    },
  };
}

/** One verified, active facility's public details; anything else is not found. */
export async function getFacility(_actor: Actor | null, id: string): Promise<FacilityDetailDto> {
  if (!isUuid(id)) throw notFound("facility");
  const [row] = await db
    .select({
      ...facilitySummaryColumns,
      distanceKm: sql<null>`null`,
      description: facilities.description,
      addressLine: facilities.addressLine,
      state: facilities.state,
      pincode: facilities.pincode,
      email: facilities.email,
      hasIcu: facilities.hasIcu,
      hasAmbulance: facilities.hasAmbulance,
      hasOt: facilities.hasOt,
      hasLab: facilities.hasLab,
      hasPharmacy: facilities.hasPharmacy,
      hasBloodBank: facilities.hasBloodBank,
      visitingHours: facilities.visitingHours,
      insuranceSupported: facilities.insuranceSupported,
      cashless: facilities.cashless,
    })
    .from(facilities)
    .where(and(eq(facilities.uuid, id), listedFacility))
    .limit(1);
  return toFacilityDetailDto(foundOr(row, "facility"));
}
