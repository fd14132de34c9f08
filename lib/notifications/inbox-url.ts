/** Which part of the inbox a page shows. */
export type InboxFilter = "all" | "unread";

/** The inbox page's own URL for a filter and page, plus an optional notice. */
export function inboxUrl(
  filter: InboxFilter,
  page = 1,
  extra: Record<string, string> = {},
): string {
  const params = new URLSearchParams();
  if (filter === "unread") params.set("filter", "unread");
  if (page > 1) params.set("page", String(page));
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  const qs = params.toString();
  return qs ? `/notifications?${qs}` : "/notifications";
}

/** The filter and page a query string (or form) names; anything odd reads as the first page of all. */
export function inboxViewOf(raw: { filter?: unknown; page?: unknown }): {
  filter: InboxFilter;
  page: number;
} {
  const filter = raw.filter === "unread" ? "unread" : "all";
  const n = Number(raw.page);
  const page = Number.isInteger(n) && n >= 1 && n <= 10_000 ? n : 1;
  return { filter, page };
}
