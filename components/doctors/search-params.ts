import { DEFAULT_PAGE_SIZE } from "@/lib/api/pagination";
import { doctorListQuerySchema, type DoctorListQuery } from "@/lib/doctors/schemas";

export type RawSearchParams = Record<string, string | string[] | undefined>;

/** Every query parameter of the doctor search, in the order shared links list them. */
const filterKeys = [
  "q",
  "specialty",
  "city",
  "online",
  "minRating",
  "maxFee",
  "language",
  "gender",
  "minExperience",
  "sort",
  "lat",
  "lng",
  "page",
  "pageSize",
] as const;

export function isDoctorSearchKey(key: string): key is (typeof filterKeys)[number] {
  return (filterKeys as readonly string[]).includes(key);
}

/**
 * URL query -> validated list query. Empty form fields are dropped; `type=online|offline` (used by
 * links from the symptom checker and dashboard) maps to `online`. Fields that fail validation are
 * dropped and reported, so a bad link still shows results plus a friendly note instead of a crash.
 */
export function parseDoctorSearch(searchParams: RawSearchParams): {
  query: DoctorListQuery;
  invalid: string[];
} {
  const raw: Record<string, string> = {};
  for (const key of filterKeys) {
    const value = searchParams[key];
    const first = (Array.isArray(value) ? value[0] : value)?.trim();
    if (first) raw[key] = first;
  }
  const type = Array.isArray(searchParams.type) ? searchParams.type[0] : searchParams.type;
  if (!raw.online && (type === "online" || type === "offline"))
    raw.online = String(type === "online");

  const first = doctorListQuerySchema.safeParse(raw);
  if (first.success) return { query: first.data, invalid: [] };

  const invalid = [
    ...new Set(first.error.issues.map((issue) => String(issue.path[0] ?? "")).filter(Boolean)),
  ];
  for (const key of invalid) delete raw[key];
  const second = doctorListQuerySchema.safeParse(raw);
  return { query: second.success ? second.data : doctorListQuerySchema.parse({}), invalid };
}

/** A shareable `/doctors?...` link for a query, with some fields replaced (undefined removes). */
export function doctorSearchHref(
  query: Partial<DoctorListQuery> & { check?: string },
  overrides: Partial<Record<keyof DoctorListQuery, string | number | boolean | undefined>> = {},
  path: "/doctors" | "/doctors/map" = "/doctors",
): string {
  const merged: Record<string, unknown> = { ...query, ...overrides };
  const params = new URLSearchParams();
  for (const key of filterKeys) {
    if (!(key in merged)) continue;
    const value = merged[key];
    if (value === undefined || value === null || value === "") continue;
    if (key === "page" && Number(value) <= 1) continue;
    if (key === "pageSize" && Number(value) === DEFAULT_PAGE_SIZE) continue;
    params.set(key, String(value));
  }
  // A symptom check being shared rides along (not on the map, which books nothing).
  if (query.check && path === "/doctors") params.set("check", query.check);
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

/** True when any filter beyond the free-text search is set. */
export function hasFilters(query: DoctorListQuery): boolean {
  return [
    query.q,
    query.specialty,
    query.city,
    query.online,
    query.minRating,
    query.maxFee,
    query.language,
    query.gender,
    query.minExperience,
    query.sort,
  ].some((v) => v !== undefined);
}
