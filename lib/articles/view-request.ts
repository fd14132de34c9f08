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
 * The slug a GET opens, or null: not for the router's prefetches (a link merely shown), the
 * browser's speculative ones, or a page reloaded with `?notice=` after the reader's own action.
 */
export function openedArticleSlug(request: ArticleRequest): string | null {
  if (request.method !== "GET") return null;
  const slug = articleSlugOf(request.pathname);
  if (!slug) return null;
  const h = request.headers;
  if (h.has("next-router-prefetch") || h.has("next-router-segment-prefetch")) return null;
  if (/prefetch|prerender/i.test(`${h.get("sec-purpose") ?? ""} ${h.get("purpose") ?? ""}`))
    return null;
  if (request.searchParams.has("notice")) return null;
  return slug;
}
