/**
 * Which requests the signed-out page cache answers, and under which internal path. Pure and
 * edge-safe: proxy.ts calls it on every request, so it reads no database and imports nothing heavy.
 *
 * A signed-out GET of home, the doctor search, a doctor's profile, the article list or an article
 * is rewritten to /cached/<locale>/..., a route tree rendered without cookies and kept in Next's
 * full-route cache (app/cached). The locale is part of that path, so English and Hindi visitors get their own
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

/**
 * Article list parameters a cached list may carry (app/(site)/(patient)/articles/page.tsx reads
 * them). Left out: `notice` (the answer to a reader's own action).
 */
export const cacheableArticleListKeys = ["q", "category", "locale", "page"] as const;

/** An article's slug as lib/articles accepts it (anything else is a 404 rendered per request). */
const articleSlug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const maxSlugLength = 200;

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
  if (path === "/articles") {
    const query = canonicalQuery(request.searchParams, keys, cacheableArticleListKeys);
    return query === null ? null : `${base}/articles/${encodeURIComponent(query)}`;
  }
  const slug = articleSlugOf(path);
  if (slug && keys.length === 0) return `${base}/article/${slug}`;
  return null;
}

/**
 * The slug of an article page's path (`/articles/<slug>`), or null for anything else, including
 * the signed-in reader's `/articles/saved`.
 */
export function articleSlugOf(pathname: string): string | null {
  const slug = /^\/articles\/([^/]+)$/.exec(pathname)?.[1];
  if (!slug || slug === "saved" || slug.length > maxSlugLength || !articleSlug.test(slug))
    return null;
  return slug;
}

/**
 * One spelling per search: known keys in a fixed order, first non-empty value of each, so
 * `?city=Pune&specialty=` and `?specialty=&city=Pune` share one cached copy. Null when a key is
 * not cacheable or the query is too long.
 */
export function canonicalDoctorQuery(params: URLSearchParams, keys: string[]): string | null {
  return canonicalQuery(params, keys, cacheableDoctorSearchKeys);
}

/** The same canonical spelling for any list, given the keys it may carry in their fixed order. */
function canonicalQuery(
  params: URLSearchParams,
  keys: string[],
  allowed: readonly string[],
): string | null {
  if (keys.some((key) => !allowed.includes(key))) return null;
  const canonical = new URLSearchParams();
  for (const key of allowed) {
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
export function queryOfSegment(segment: string): Record<string, string> {
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
  return isCanonicalSegment(segment, cacheableDoctorSearchKeys);
}

/** The same for the article list. */
export function isCanonicalArticleSegment(segment: string): boolean {
  return isCanonicalSegment(segment, cacheableArticleListKeys);
}

function isCanonicalSegment(segment: string, allowed: readonly string[]): boolean {
  const query =
    segment === noFilters || segment.includes("=") ? segment : decodeURIComponent(segment);
  const params = new URLSearchParams(query === noFilters ? "" : query);
  return canonicalQuery(params, [...params.keys()], allowed) === query;
}

/** The doctor search a cached list page was rendered for. */
export const doctorQueryOfSegment = queryOfSegment;
