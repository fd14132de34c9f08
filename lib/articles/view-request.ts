/**
 * Which requests are a reader opening an article, for proxy.ts (pure and edge-safe: it runs on
 * every request). The proxy sees every open, signed in or out, cached or not, so the count lives
 * there rather than in the page's render (a cached copy renders once for many readers).
 */
import { articleSlugOf } from "@/lib/cache/public-routes";

export interface ArticleRequest {
  method: string;
  pathname: string;
  searchParams: URLSearchParams;
  headers: Headers;
}

/**
 * The slug a GET opens, or null: not a HEAD, not the browser's speculative prefetch (it says so
 * in Sec-Purpose), not a page reloaded with `?notice=` after the reader's own action.
 *
 * Next strips its router headers (`rsc`, `next-router-prefetch`, ...) before the proxy runs, so a
 * router prefetch looks like an open here. Links to an article are therefore never prefetched
 * (`prefetch={false}` on every <Link> to /articles/<slug>): a click is then one request, one view.
 */
export function openedArticleSlug(request: ArticleRequest): string | null {
  if (request.method !== "GET") return null;
  const slug = articleSlugOf(request.pathname);
  if (!slug) return null;
  const h = request.headers;
  if (/prefetch|prerender/i.test(`${h.get("sec-purpose") ?? ""} ${h.get("purpose") ?? ""}`))
    return null;
  if (request.searchParams.has("notice")) return null;
  return slug;
}
