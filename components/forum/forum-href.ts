import type { ForumCategory, ForumSort } from "@/lib/forum/schemas";

/** The list's state as it lives in the URL. */
export interface ForumListState {
  category?: ForumCategory;
  q?: string;
  sort: ForumSort;
  page: number;
}

/** The forum list URL for a state, leaving defaults out (so "/forum" is the plain list). */
export function forumHref(state: ForumListState, change: Partial<ForumListState> = {}): string {
  const next = { ...state, ...change };
  const params = new URLSearchParams();
  if (next.q) params.set("q", next.q);
  if (next.category) params.set("category", next.category);
  if (next.sort !== "new") params.set("sort", next.sort);
  if (next.page > 1) params.set("page", String(next.page));
  const query = params.toString();
  return query ? `/forum?${query}` : "/forum";
}
/** The thread page of a post. */
export const threadPath = (id: string) => `/forum/${encodeURIComponent(id)}`;

/**
 * Where a one-button form returns to: a forum page only (never another site or path), with its
 * query and fragment, so a vote from page 3 of a search lands back on page 3.
 */
export function forumReturnPath(value: string): string {
  return /^\/forum(?:[/?#]|$)/.test(value) && !value.startsWith("//") && !value.includes("\\")
    ? value
    : "/forum";
}
