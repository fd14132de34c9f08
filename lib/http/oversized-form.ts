/**
 * A form posted to a page without JavaScript (a server action's plain multipart post) that is
 * longer than Next reads for an action. Next would cut it off at that length and fail to parse
 * it, answering an error page; proxy.ts sends the browser back to the page with `?refused=too_large`
 * instead, so the page can say the file was too large beside its field. Edge-safe.
 */

/** next.config.ts's `serverActions.bodySizeLimit` and `proxyClientMaxBodySize` ("11mb") in bytes. */
export const formPostByteCap = 11 * 1024 * 1024;

/** The query a refused post returns with. */
export const refusedTooLarge = { name: "refused", value: "too_large" } as const;

interface FormRequest {
  method: string;
  headers: Headers;
  nextUrl: { pathname: string };
}

/** True for a plain multipart form post to a page whose declared length passes the cap. */
export function isOversizedFormPost(request: FormRequest, cap = formPostByteCap): boolean {
  if (request.method !== "POST" || request.headers.has("next-action")) return false;
  if (request.nextUrl.pathname.startsWith("/api/")) return false;
  if (!request.headers.get("content-type")?.startsWith("multipart/form-data")) return false;
  const length = Number(request.headers.get("content-length"));
  return Number.isFinite(length) && length > cap;
}
