import type { TimelineItemDto, TimelineKind } from "./schemas";

/** One row of the timeline statement (ids as text, `at` with microseconds in UTC). */
export interface TimelineRow {
  kind: TimelineKind;
  id: string;
  at: string;
  date_only: boolean;
  title: string | null;
  subtitle: string | null;
  status: string | null;
  page: "appointments" | "records" | null;
  link: string | null;
}

/** Row -> DTO: `at` to millisecond ISO, the page link built from the page and its id. */
export function toTimelineItemDto(row: TimelineRow): TimelineItemDto {
  return {
    kind: row.kind,
    id: row.id,
    at: new Date(row.at).toISOString(),
    dateOnly: row.date_only,
    title: row.title ?? "",
    subtitle: row.subtitle || null,
    status: row.status,
    href: row.page && row.link ? `/${row.page}/${row.link}` : null,
  };
}
