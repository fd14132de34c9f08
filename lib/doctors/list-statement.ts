import "server-only";
import { and, asc, eq, gte, isNull, lte, or, sql, type SQL } from "drizzle-orm";
import { preparedOnce, type Db } from "@/db/client";
import { doctors, facilities, users } from "@/db/schema";
import { languageName, type DoctorListQuery } from "./schemas";
import { specialties } from "./specialties";

// The doctor list as prepared statements: one per "shape" (which filters are present, the sort),
// built once per connection with placeholders for the values. Every sort has a partial index on
// verified rows in the same order (db/schema/doctors.ts), so a page is an index range scan.

const p = (name: string) => sql.placeholder(name);

/** Publicly listed = verified (a literal, so the partial indexes match) and the account alive. */
export const listed = and(sql`${doctors.verificationStatus} = 'verified'`, isNull(users.deletedAt));

/** The columns of a doctor card (list and profile share them). */
export const doctorCardColumns = {
  uuid: doctors.uuid,
  fullName: users.fullName,
  specialty: doctors.specialty,
  qualification: doctors.qualification,
  experienceYears: doctors.experienceYears,
  gender: doctors.gender,
  feeOnline: doctors.feeOnline,
  feeOffline: doctors.feeOffline,
  offersOnline: doctors.offersOnline,
  offersOffline: doctors.offersOffline,
  languages: doctors.languages,
  ratingAvg: doctors.ratingAvg,
  ratingCount: doctors.ratingCount,
  city: facilities.city,
  clinicName: facilities.name,
  latitude: facilities.latitude,
  longitude: facilities.longitude,
};

/** Never decreases; changes whenever the list could (triggers of migration 0003). */
const listVersion = sql<string>`(select last_value + is_called::int from doctor_list_version)`;

export interface ListShape {
  key: string;
  values: Record<string, unknown>;
}

/** The statement's shape and its placeholder values, from a parsed query. */
export function shapeOf(q: DoctorListQuery): ListShape {
  const values: Record<string, unknown> = {};
  const parts: string[] = [];
  const put = (name: string, value: unknown) => {
    parts.push(name);
    values[name] = value;
  };
  if (q.specialty) put("specialty", q.specialty);
  if (q.city) put("city", q.city);
  if (q.online !== undefined) parts.push(q.online ? "online" : "offline");
  if (q.minRating !== undefined) put("minRating", String(q.minRating));
  if (q.maxFee !== undefined) put("maxFee", String(q.maxFee));
  if (q.language) put("language", languageName(q.language));
  if (q.gender) put("gender", q.gender);
  if (q.minExperience !== undefined) put("minExperience", q.minExperience);
  if (q.q) {
    put("pattern", `%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    const keys = specialtiesMatching(q.q);
    if (keys.length > 0) put("qSpecialties", keys.join(","));
  }
  if (q.lat !== undefined && q.lng !== undefined) {
    put("lat", q.lat);
    put("lng", q.lng);
  }
  return { key: `${parts.join("+")}|${q.sort ?? "rating"}`, values };
}

function filtersOf(q: DoctorListQuery, shape: ListShape): SQL[] {
  const has = (name: string) => name in shape.values;
  const filters: SQL[] = [];
  if (has("specialty")) filters.push(sql`${doctors.specialty} = ${p("specialty")}`);
  if (has("city")) filters.push(sql`${doctors.cityLower} = lower(${p("city")})`);
  if (q.online === true) filters.push(eq(doctors.offersOnline, true));
  if (q.online === false) filters.push(eq(doctors.offersOffline, true));
  if (has("minRating")) filters.push(gte(doctors.ratingAvg, p("minRating")));
  if (has("maxFee")) {
    const online = and(eq(doctors.offersOnline, true), lte(doctors.feeOnline, p("maxFee")));
    const offline = and(eq(doctors.offersOffline, true), lte(doctors.feeOffline, p("maxFee")));
    const fee = q.online === true ? online : q.online === false ? offline : or(online, offline);
    if (fee) filters.push(fee);
  }
  if (has("language")) filters.push(sql`${doctors.languages} @> array[${p("language")}::text]`);
  if (has("gender")) filters.push(sql`${doctors.gender} = ${p("gender")}`);
  if (has("minExperience")) filters.push(gte(doctors.experienceYears, p("minExperience")));
  if (has("pattern")) {
    const matches = [
      sql`${users.fullName} ilike ${p("pattern")}`,
      sql`${facilities.name} ilike ${p("pattern")}`,
    ];
    if (has("qSpecialties")) {
      matches.push(
        sql`${doctors.specialty} = any(string_to_array(${p("qSpecialties")}::text, ',')::doctor_specialty[])`,
      );
    }
    const any = or(...matches);
    if (any) filters.push(any);
  }
  return filters;
}

// Sort keys spelled exactly as the indexes are (DESC NULLS LAST), with the id as tie-breaker.
function orderOf(q: DoctorListQuery, distance: SQL | undefined): SQL[] {
  const rating = [sql`${doctors.ratingAvg} desc nulls last`];
  switch (q.sort) {
    case "fee": {
      const fee =
        q.online === true
          ? doctors.feeOnline
          : q.online === false
            ? doctors.feeOffline
            : sql`least(${doctors.feeOnline}, ${doctors.feeOffline})`;
      return [sql`${fee} asc nulls last`, ...rating, asc(doctors.id)];
    }
    case "experience":
      return [sql`${doctors.experienceYears} desc nulls last`, ...rating, asc(doctors.id)];
    case "distance":
      return [sql`${distance} asc nulls last`, asc(doctors.id)];
    default:
      return [...rating, sql`${doctors.ratingCount} desc nulls last`, asc(doctors.id)];
  }
}

// Great-circle distance in km from the caller's point to the clinic (haversine).
function distanceOf(shape: ListShape): SQL<number> | undefined {
  if (!("lat" in shape.values)) return undefined;
  const lat = sql`${p("lat")}::float8`;
  const lng = sql`${p("lng")}::float8`;
  return sql<number>`6371 * 2 * asin(sqrt(
    power(sin(radians((${facilities.latitude}::float8 - ${lat}) / 2)), 2) +
    cos(radians(${lat})) * cos(radians(${facilities.latitude}::float8)) *
    power(sin(radians((${facilities.longitude}::float8 - ${lng}) / 2)), 2)))`;
}

function buildPage(on: Db, q: DoctorListQuery, shape: ListShape) {
  const distance = distanceOf(shape);
  return on
    .select({
      ...doctorCardColumns,
      distanceKm: distance ?? sql<null>`null`,
      version: listVersion,
    })
    .from(doctors)
    .innerJoin(users, eq(users.id, doctors.userId))
    .leftJoin(facilities, eq(facilities.id, doctors.facilityId))
    .where(and(listed, ...filtersOf(q, shape)))
    .orderBy(...orderOf(q, distance))
    .limit(p("limit"))
    .offset(p("offset"))
    .prepare(`doctors_page_${shape.key}`);
}

function buildCount(on: Db, q: DoctorListQuery, shape: ListShape) {
  const needsFacility = "pattern" in shape.values;
  const base = on
    .select({ n: sql<string>`count(*)` })
    .from(doctors)
    .innerJoin(users, eq(users.id, doctors.userId));
  const joined = needsFacility
    ? base.leftJoin(facilities, eq(facilities.id, doctors.facilityId))
    : base;
  return joined.where(and(listed, ...filtersOf(q, shape))).prepare(`doctors_count_${shape.key}`);
}

type DoctorPageRow = Awaited<ReturnType<ReturnType<typeof buildPage>["execute"]>>[number];

/** One page of the list for `q`, with the list version the rows were read at. */
export function runPage(q: DoctorListQuery, shape: ListShape): Promise<DoctorPageRow[]> {
  const statement = preparedOnce(`doctors:page:${shape.key}`, (on) => buildPage(on, q, shape));
  return statement.execute({
    ...shape.values,
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
}

/** How many listed doctors match `q` (no sort, no page). */
export async function runCount(q: DoctorListQuery, shape: ListShape): Promise<number> {
  const statement = preparedOnce(`doctors:count:${shape.key}`, (on) => buildCount(on, q, shape));
  const [row] = await statement.execute(shape.values);
  return Number(row?.n ?? 0);
}

function specialtiesMatching(text: string): string[] {
  const needle = text.trim().toLowerCase();
  if (needle.length < 3) return [];
  return specialties
    .filter((s) =>
      [s.key, s.field, s.en, s.hi].some((label) => label.toLowerCase().includes(needle)),
    )
    .map((s) => s.key);
}
