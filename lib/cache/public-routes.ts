/**
 * Which requests the signed-out page cache answers, and under which internal path. Pure and
 * edge-safe: proxy.ts calls it on every request, so it reads no database and imports nothing heavy.
 *
 * A signed-out GET of home, the doctor search or a doctor's profile is rewritten to
 * /cached/<locale>/..., a route tree rendered without cookies and kept in Next's full-route cache
 * (app/(cached)). The locale is part of that path, so English and Hindi visitors get their own
 * copies; everything else a page could vary on (the session, the visitor's cookies) is never read
 * there. Anything else, or anything not listed, falls through to today's per-request pages.
 */
import { resolveLocale, type AppLocale } from "@/lib/i18n/config";

/** The internal prefix of the cached tree. */
export const cachedPrefix = "/cached";

/** Auth.js session cookies (chunked ones end in .0, .1, ...). Presence only, as in proxy.ts. */
const sessionCookie = /^(?:__Secure-)?authjs\.session-token(?:\.\d+)?$/;

/**
 * Doctor search parameters a cached list may carry (components/doctors/search-params.ts reads
 * them; a test keeps the two in step). Left out on purpose: lat/lng (a visitor's position: one
 * copy per point would only fill the cache) and `check` (a patient's own symptom check).
 */
export const cacheableDoctorSearchKeys = [
  "q",
  "specialty",
  "city",
  "online",
  "type",
  "minRating",
  "maxFee",
  "language",
  "gender",
  "minExperience",
  "sort",
  "page",
  "pageSize",
] as const;

/** Longest canonical query cached; longer ones (hand-made URLs) are rendered per request. */
const maxQueryLength = 300;
/** The path segment standing for "no filters" (a real query always holds "="). */
export const noFilters = "-";

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Next's own cache-busting parameter on client navigations; it never changes what is shown. */
const routerParam = "_rsc";

export interface PublicRequest {
  method: string;
  pathname: string;
  searchParams: URLSearchParams;
  cookieNames: readonly string[];
  localeCookie: string | undefined;
  acceptLanguage: string | null;
}

/** The cached tree's path for this request, or null when it must be rendered per request. */
export function cachedPathFor(request: PublicRequest): string | null {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  if (request.cookieNames.some((name) => sessionCookie.test(name))) return null;
  const keys = [...request.searchParams.keys()].filter((key) => key !== routerParam);
  const locale: AppLocale = resolveLocale(request.localeCookie, request.acceptLanguage);
  const base = `${cachedPrefix}/${locale}`;
  const path = request.pathname;

  if (path === "/") return keys.length === 0 ? base : null;
  if (path === "/doctors") {
    const query = canonicalDoctorQuery(request.searchParams, keys);
    return query === null ? null : `${base}/doctors/${encodeURIComponent(query)}`;
  }
  const profile = /^\/doctors\/([^/]+)$/.exec(path)?.[1];
  if (profile && uuid.test(profile) && keys.length === 0) {
    return `${base}/doctor/${profile.toLowerCase()}`;
  }
  return null;
}

/**
 * One spelling per search: known keys in a fixed order, first non-empty value of each, so
 * `?city=Pune&specialty=` and `?specialty=&city=Pune` share one cached copy. Null when a key is
 * not cacheable or the query is too long.
 */
export function canonicalDoctorQuery(params: URLSearchParams, keys: string[]): string | null {
  const allowed: readonly string[] = cacheableDoctorSearchKeys;
  if (keys.some((key) => !allowed.includes(key))) return null;
  const canonical = new URLSearchParams();
  for (const key of cacheableDoctorSearchKeys) {
    const value = params
      .getAll(key)
      .map((v) => v.trim())
      .find((v) => v !== "");
    if (value !== undefined) canonical.set(key, value);
  }
  const query = canonical.toString();
  if (query.length > maxQueryLength) return null;
  return query === "" ? noFilters : query;
}

/** The search parameters a cached list page was rendered for (the inverse of the path segment). */
export function doctorQueryOfSegment(segment: string): Record<string, string> {
  if (segment === noFilters) return {};
  // Next hands the segment over decoded; decode here only if it was not.
  const query = segment.includes("=") ? segment : decodeURIComponent(segment);
  return Object.fromEntries(new URLSearchParams(query));
}

/** True for a path inside the internal tree (the proxy sees rewritten requests a second time). */
export function isCachedTreePath(pathname: string): boolean {
  return pathname === cachedPrefix || pathname.startsWith(`${cachedPrefix}/`);
}

/**
 * True when the segment is how the proxy spells a search: the list page renders only those, so
 * a request naming the internal path directly cannot add cached copies beyond the proxy's own.
 */
export function isCanonicalDoctorSegment(segment: string): boolean {
  const query =
    segment === noFilters || segment.includes("=") ? segment : decodeURIComponent(segment);
  const params = new URLSearchParams(query === noFilters ? "" : query);
  return canonicalDoctorQuery(params, [...params.keys()]) === query;
}
