import "server-only";
import {
  and,
  asc,
  desc,
  eq,
  gte,
  ilike,
  inArray,
  isNull,
  lte,
  or,
  sql,
  type SQL,
} from "drizzle-orm";
import { db } from "@/db/client";
import { doctors, facilities, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import type { Page } from "@/lib/api/pagination";
import { toDoctorDetailDto, toDoctorSummaryDto } from "./mappers";
import type { DoctorDetailDto, DoctorListQuery, DoctorSummaryDto } from "./schemas";
import { specialties, type SpecialtyKey } from "./specialties";

const listColumns = {
  uuid: doctors.uuid,
  fullName: users.fullName,
  specialty: doctors.specialty,
  qualification: doctors.qualification,
  experienceYears: doctors.experienceYears,
  feeOnline: doctors.feeOnline,
  feeOffline: doctors.feeOffline,
  offersOnline: doctors.offersOnline,
  offersOffline: doctors.offersOffline,
  languages: doctors.languages,
  ratingAvg: doctors.ratingAvg,
  ratingCount: doctors.ratingCount,
  city: facilities.city,
  clinicName: facilities.name,
};

/** Publicly listed = verified and the account still exists. */
const listed = and(eq(doctors.verificationStatus, "verified"), isNull(users.deletedAt));

/** Verified doctors matching the filters, sorted and paginated (the find-a-doctor list and API). */
export async function listDoctors(query: DoctorListQuery): Promise<Page<DoctorSummaryDto>> {
  const where = and(listed, ...filtersOf(query));
  const distance = distanceExpr(query);
  const rows = await db
    .select({
      ...listColumns,
      distanceKm: distance ?? sql<null>`null`,
      total: sql<number>`count(*) over ()`,
    })
    .from(doctors)
    .innerJoin(users, eq(users.id, doctors.userId))
    .leftJoin(facilities, eq(facilities.id, doctors.facilityId))
    .where(where)
    .orderBy(...orderOf(query, distance))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);

  let total = Number(rows[0]?.total ?? 0);
  if (rows.length === 0 && query.page > 1) total = await countDoctors(where);
  return {
    data: rows.map(toDoctorSummaryDto),
    meta: { page: query.page, pageSize: query.pageSize, total },
  };
}

async function countDoctors(where: SQL | undefined): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)` })
    .from(doctors)
    .innerJoin(users, eq(users.id, doctors.userId))
    .leftJoin(facilities, eq(facilities.id, doctors.facilityId))
    .where(where);
  return Number(row?.n ?? 0);
}

function filtersOf(q: DoctorListQuery): SQL[] {
  const filters: SQL[] = [];
  if (q.specialty) filters.push(eq(doctors.specialty, q.specialty));
  if (q.city) filters.push(sql`lower(${facilities.city}) = lower(${q.city})`);
  if (q.online === true) filters.push(eq(doctors.offersOnline, true));
  if (q.online === false) filters.push(eq(doctors.offersOffline, true));
  if (q.minRating !== undefined) filters.push(gte(doctors.ratingAvg, String(q.minRating)));
  if (q.maxFee !== undefined) {
    const max = String(q.maxFee);
    const online = and(eq(doctors.offersOnline, true), lte(doctors.feeOnline, max));
    const offline = and(eq(doctors.offersOffline, true), lte(doctors.feeOffline, max));
    const fee = q.online === true ? online : q.online === false ? offline : or(online, offline);
    if (fee) filters.push(fee);
  }
  if (q.language)
    filters.push(sql`${doctors.languages} @> array[${titleCase(q.language)}]::text[]`);
  if (q.q) {
    const pattern = `%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const matches = [ilike(users.fullName, pattern), ilike(facilities.name, pattern)];
    const keys = specialtiesMatching(q.q);
    if (keys.length > 0) matches.push(inArray(doctors.specialty, keys));
    const any = or(...matches);
    if (any) filters.push(any);
  }
  return filters;
}

function orderOf(q: DoctorListQuery, distance: SQL | undefined): SQL[] {
  switch (q.sort) {
    case "fee": {
      const fee =
        q.online === true
          ? doctors.feeOnline
          : q.online === false
            ? doctors.feeOffline
            : sql`least(${doctors.feeOnline}, ${doctors.feeOffline})`;
      return [sql`${fee} asc nulls last`, desc(doctors.ratingAvg), asc(doctors.id)];
    }
    case "experience":
      return [desc(doctors.experienceYears), desc(doctors.ratingAvg), asc(doctors.id)];
    case "distance":
      return [sql`${distance} asc nulls last`, asc(doctors.id)];
    default:
      return [desc(doctors.ratingAvg), desc(doctors.ratingCount), asc(doctors.id)];
  }
}

// Great-circle distance in km from the caller's point to the clinic (haversine).
function distanceExpr(q: DoctorListQuery): SQL<number> | undefined {
  if (q.lat === undefined || q.lng === undefined) return undefined;
  return sql<number>`6371 * 2 * asin(sqrt(
    power(sin(radians((${facilities.latitude}::float8 - ${q.lat}) / 2)), 2) +
    cos(radians(${q.lat})) * cos(radians(${facilities.latitude}::float8)) *
    power(sin(radians((${facilities.longitude}::float8 - ${q.lng}) / 2)), 2)))`;
}

function specialtiesMatching(text: string): SpecialtyKey[] {
  const needle = text.trim().toLowerCase();
  if (needle.length < 3) return [];
  return specialties
    .filter((s) =>
      [s.key, s.field, s.en, s.hi].some((label) => label.toLowerCase().includes(needle)),
    )
    .map((s) => s.key);
}

const titleCase = (s: string) => s.trim().charAt(0).toUpperCase() + s.trim().slice(1).toLowerCase();

/** One doctor's public profile; unverified or deleted doctors are not found. */
export async function getDoctor(_actor: Actor | null, id: string): Promise<DoctorDetailDto> {
  const [row] = await db
    .select({
      ...listColumns,
      bio: doctors.bio,
      verificationStatus: doctors.verificationStatus,
      addressLine: facilities.addressLine,
      area: facilities.area,
      latitude: facilities.latitude,
      longitude: facilities.longitude,
    })
    .from(doctors)
    .innerJoin(users, eq(users.id, doctors.userId))
    .leftJoin(facilities, eq(facilities.id, doctors.facilityId))
    .where(and(eq(doctors.uuid, id), listed))
    .limit(1);
  if (!row) throw new AppError("not_found", "No such doctor.");
  return toDoctorDetailDto(row);
}

/** Verified doctors per specialty, for the specialty tiles. */
export async function countVerifiedDoctorsBySpecialty(): Promise<
  Partial<Record<SpecialtyKey, number>>
> {
  const rows = await db
    .select({ specialty: doctors.specialty, n: sql<number>`count(*)` })
    .from(doctors)
    .innerJoin(users, eq(users.id, doctors.userId))
    .where(listed)
    .groupBy(doctors.specialty);
  return Object.fromEntries(rows.map((r) => [r.specialty, Number(r.n)]));
}
