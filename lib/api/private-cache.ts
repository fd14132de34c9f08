/**
 * `private, no-store` unless the response already says how it may be cached: personal answers
 * must never sit in a shared cache or the browser's back/forward history. A handler that sets its
 * own policy (the photo's `private, max-age`) keeps it.
 */
export const privateNoStore = "private, no-store";

/** The same response, marked private unless it carries its own Cache-Control. */
export function keepPrivate(response: Response): Response {
  if (response.headers.has("cache-control")) return response;
  try {
    response.headers.set("cache-control", privateNoStore);
    return response;
  } catch {
    // Response.redirect() and fetched responses have immutable headers: copy them.
    const headers = new Headers(response.headers);
    headers.set("cache-control", privateNoStore);
    return new Response(response.body, {
      status: response.status,
      statusText: response.statusText,
      headers,
    });
  }
}
