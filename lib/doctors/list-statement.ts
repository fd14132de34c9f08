import "server-only";
import { and, asc, eq, gte, isNull, lte, or, sql, type SQL } from "drizzle-orm";
import { preparedOnce, preparedRows, type Db } from "@/db/client";
import { doctorSearchWords, doctors, facilities, users } from "@/db/schema";
import type { DoctorListRow } from "./mappers";
import { languageName, type DoctorListQuery } from "./schemas";
import { parseSearchText } from "./search-query";

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

/**
 * The card columns under their own names, for the page statement, which is read as the driver's
 * rows (preparedRows): skipping drizzle's execution path (its per-field mapping, spans and cache
 * check) took about a tenth off the list API's CPU, and the mapper (toDoctorSummaryDto) takes the
 * values as either driver gives them.
 */
const cardColumnsByName = Object.fromEntries(
  Object.entries(doctorCardColumns).map(([name, column]) => [name, sql`${column}`.as(name)]),
) as { [K in keyof typeof doctorCardColumns]: SQL.Aliased };

/** Never decreases; changes whenever the list could (triggers of migration 0003). */
const listVersion = sql<string>`(select last_value + is_called::int from doctor_list_version)`;

export interface ListShape {
  key: string;
  values: Record<string, unknown>;
  /** The order: the chosen sort, or distance when the text asks for "near me" and a point is given. */
  sort: NonNullable<DoctorListQuery["sort"]>;
  /** Free-text words to match: rows are ranked by how well they match before the sort. */
  ranked: boolean;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The statement's shape and its placeholder values, from a parsed query. */
export function shapeOf(q: DoctorListQuery): ListShape {
  const values: Record<string, unknown> = {};
  const parts: string[] = [];
  const put = (name: string, value: unknown) => {
    parts.push(name);
    values[name] = value;
  };
  // A specialty or city named in the text is the same filter as the panel's (and the same
  // statement and index) unless the panel sets one too.
  const text = q.q ? parseSearchText(q.q) : undefined;
  const textSpecialties = text?.specialties ?? [];
  const specialty = q.specialty ?? (textSpecialties.length === 1 ? textSpecialties[0] : undefined);
  if (specialty) put("specialty", specialty);
  const city = q.city ?? text?.city;
  if (city) put("city", city);
  if (q.online !== undefined) parts.push(q.online ? "online" : "offline");
  if (q.minRating !== undefined) put("minRating", String(q.minRating));
  if (q.maxFee !== undefined) put("maxFee", String(q.maxFee));
  if (q.language) put("language", languageName(q.language));
  if (q.gender) put("gender", q.gender);
  if (q.minExperience !== undefined) put("minExperience", q.minExperience);
  const located = q.lat !== undefined && q.lng !== undefined;
  if (text) {
    if (q.specialty ? textSpecialties.length > 0 : textSpecialties.length > 1) {
      put("qSpecialties", textSpecialties.join(","));
    }
    if (q.city && text.city) put("qCity", text.city);
    text.words.forEach((word, i) => {
      put(`word${i}`, word);
      values[`wordPrefix${i}`] = `${escapeLike(word)}%`;
    });
    if (text.phrase) values.phrase = `%${escapeLike(text.phrase)}%`;
    if (text.unreadable) put("unreadable", true);
  }
  if (located) {
    put("lat", q.lat);
    put("lng", q.lng);
  }
  const sort = q.sort ?? (text?.nearMe && located ? "distance" : "rating");
  return { key: `${parts.join("+")}|${sort}`, values, sort, ranked: "word0" in values };
}

/**
 * How alike (pg_trgm similarity) a misspelt word and a doctor's word must be: "kulkarny" and
 * "kulkarni" are 0.64, "banerji" and "banerjee" 0.55, "sharma" and "sharmila" 0.45.
 */
const MIN_SIMILARITY = 0.5;

/**
 * Fills in, for every free-text word of the shape, the doctors' words it is close to (pg_trgm) or
 * begins (LIKE), from the small dictionary of those words. False when a word is close to none:
 * then no doctor matches and the list need not be read.
 */
export async function resolveWords(shape: ListShape): Promise<boolean> {
  const words = wordsOf(shape);
  if (words.length === 0) return true;
  const statement = preparedOnce(`doctors:words:${words.length}`, (on) => {
    const lists = words.map((i) => {
      const word = sql`${p(`word${i}`)}::text`;
      return sql`array(select w.word from ${doctorSearchWords} w
        where (w.word % ${word} and similarity(w.word, ${word}) >= ${sql.raw(String(MIN_SIMILARITY))})
           or w.word like ${p(`wordPrefix${i}`)})`;
    });
    return on
      .select(Object.fromEntries(lists.map((list, i) => [`close${i}`, sql<string[]>`${list}`])))
      .from(sql`(select 1) as one`)
      .prepare(`doctors_words_${words.length}`);
  });
  const [row] = await statement.execute(shape.values);
  for (const i of words) {
    const close = (row?.[`close${i}`] ?? []) as string[];
    if (close.length === 0) return false;
    shape.values[`close${i}`] = close;
  }
  return true;
}

/** The free-text words of a shape: word0, word1... */
const wordsOf = (shape: ListShape) =>
  Object.keys(shape.values)
    .filter((name) => /^word\d$/.test(name))
    .map((name) => name.slice("word".length));

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
  if (has("qSpecialties")) {
    filters.push(
      sql`${doctors.specialty} = any(string_to_array(${p("qSpecialties")}::text, ',')::doctor_specialty[])`,
    );
  }
  if (has("qCity")) filters.push(sql`${doctors.cityLower} = ${p("qCity")}`);
  // Every word is one of the doctor's words or close to one (closeWords gives them): the array
  // index finds the doctors. The words are values, not a subquery, so the planner sees how common
  // they are and reads the index rather than the table.
  for (const i of wordsOf(shape)) {
    filters.push(sql`${doctors.searchWords} && ${p(`close${i}`)}::text[]`);
  }
  if (has("unreadable")) filters.push(sql`false`);
  return filters;
}

// Sort keys spelled exactly as the indexes are (DESC NULLS LAST), with the id as tie-breaker.
function orderOf(q: DoctorListQuery, shape: ListShape, distance: SQL | undefined): SQL[] {
  const rating = [sql`${doctors.ratingAvg} desc nulls last`];
  switch (shape.sort) {
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

// How well a row matches the free text, best first: the words together as typed, then how many
// of the words it has exactly (rather than a misspelling or the start of one).
function rankOf(shape: ListShape): SQL[] {
  if (!shape.ranked) return [];
  const exact = wordsOf(shape).map(
    (i) => sql`(${doctors.searchWords} @> array[${p(`word${i}`)}::text])::int`,
  );
  return [
    sql`(${doctors.searchText} like ${p("phrase")}) desc`,
    sql`(${sql.join(exact, sql` + `)}) desc`,
  ];
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

// A distance-sorted page without free text reads only the clinics inside a box around the point
// (facilities_lat_lng_idx), widened until the box holds the whole page; past MAX_BOX_KM, no box.
const FIRST_BOX_KM = 2;
const MAX_BOX_KM = 300;
// Kilometres per degree of latitude on the sphere the distance is computed on (radius 6371 km).
const KM_PER_DEGREE = (2 * Math.PI * 6371) / 360;

function inBox(): SQL {
  const lat = sql`${facilities.latitude}`;
  const lng = sql`${facilities.longitude}`;
  return sql`${lat} between ${p("latMin")}::numeric and ${p("latMax")}::numeric and ${lng} between ${p("lngMin")}::numeric and ${p("lngMax")}::numeric`;
}

/** A box holding every point within `km` of (lat, lng): degrees of longitude are widest at its poleward edge. */
function boxAround(lat: number, lng: number, km: number) {
  const dLat = km / KM_PER_DEGREE;
  const edge = Math.min(Math.abs(lat) + dLat, 89.9);
  const dLng = km / (KM_PER_DEGREE * Math.cos((edge * Math.PI) / 180));
  return { latMin: lat - dLat, latMax: lat + dLat, lngMin: lng - dLng, lngMax: lng + dLng };
}

function buildPage(on: Db, q: DoctorListQuery, shape: ListShape, boxed: boolean) {
  const distance = distanceOf(shape);
  return on
    .select({
      ...cardColumnsByName,
      distanceKm: (distance ?? sql<null>`null`).as("distanceKm"),
      version: listVersion.as("version"),
    })
    .from(doctors)
    .innerJoin(users, eq(users.id, doctors.userId))
    .leftJoin(facilities, eq(facilities.id, doctors.facilityId))
    .where(and(listed, ...filtersOf(q, shape), boxed ? inBox() : undefined))
    .orderBy(...rankOf(shape), ...orderOf(q, shape, distance))
    .limit(p("limit"))
    .offset(p("offset"));
}

function buildCount(on: Db, q: DoctorListQuery, shape: ListShape) {
  return on
    .select({ n: sql<string>`count(*)` })
    .from(doctors)
    .innerJoin(users, eq(users.id, doctors.userId))
    .where(and(listed, ...filtersOf(q, shape)))
    .prepare(`doctors_count_${shape.key}`);
}

/** The doctor list's version now: what a remembered page is checked against (lib/doctors/queries). */
export async function currentListVersion(): Promise<string> {
  const read = preparedRows<{ version: string | number }>("doctors:version", (on) =>
    on.select({ version: listVersion.as("version") }).from(sql`(select 1) as one`),
  );
  const [row] = await read({});
  return String(row!.version);
}

/** A page row as the driver returns it; the list version is an int8 (text on postgres.js). */
type DoctorPageRow = DoctorListRow & { version: string | number };

/** One page of the list for `q`, with the list version the rows were read at. */
export async function runPage(q: DoctorListQuery, shape: ListShape): Promise<DoctorPageRow[]> {
  const values = { ...shape.values, limit: q.pageSize, offset: (q.page - 1) * q.pageSize };
  if (shape.sort === "distance" && !shape.ranked && q.lat !== undefined && q.lng !== undefined) {
    const boxed = preparedRows<DoctorPageRow>(`doctors:page:${shape.key}:box`, (on) =>
      buildPage(on, q, shape, true),
    );
    const wanted = (q.page - 1) * q.pageSize + q.pageSize;
    for (let km = FIRST_BOX_KM; km <= MAX_BOX_KM;) {
      const rows = await boxed({ ...values, ...boxAround(q.lat, q.lng, km) });
      // Exact when the page is full and its farthest row is within the box's inner circle: every
      // nearer clinic is then inside the box too.
      const last = rows.at(-1);
      if (rows.length === q.pageSize && last && Number(last.distanceKm) <= km) return rows;
      // Doctors per area are roughly even nearby: grow the box to hold the rows still wanted.
      const found = rows.length > 0 ? wanted - q.pageSize + rows.length : 0;
      km = found > 0 ? Math.max(km * 1.5, km * Math.sqrt(wanted / found) * 1.2) : km * 4;
    }
  }
  const page = preparedRows<DoctorPageRow>(`doctors:page:${shape.key}`, (on) =>
    buildPage(on, q, shape, false),
  );
  return page(values);
}

/** How many listed doctors match `q` (no sort, no page). */
export async function runCount(q: DoctorListQuery, shape: ListShape): Promise<number> {
  const statement = preparedOnce(`doctors:count:${shape.key}`, (on) => buildCount(on, q, shape));
  const [row] = await statement.execute(shape.values);
  return Number(row?.n ?? 0);
}
