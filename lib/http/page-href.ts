/**
 * A link between the pages of a list: `path?k=v&...` with the values that are the page's default
 * left out (undefined, empty, or page 1), so the plain address stays the canonical first page.
 */
export function pageHref(
  path: string,
  params: Record<string, string | number | undefined>,
): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === "") continue;
    if (key === "page" && Number(value) <= 1) continue;
    search.set(key, String(value));
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}
