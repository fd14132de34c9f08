import type { TimelineKind } from "@/lib/timeline/schemas";

/** The page's URL state: the filters and where the page starts. */
export interface TimelineSearch {
  types?: TimelineKind[];
  year?: number;
  cursor?: string;
}

/** `/records/timeline?types=a&types=b&year=2025&cursor=...`, keeping only what is set. */
export function timelineHref(search: TimelineSearch): string {
  const params = new URLSearchParams();
  for (const kind of search.types ?? []) params.append("types", kind);
  if (search.year !== undefined) params.set("year", String(search.year));
  if (search.cursor) params.set("cursor", search.cursor);
  const query = params.toString();
  return query ? `/records/timeline?${query}` : "/records/timeline";
}
