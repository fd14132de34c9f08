import {
  dateSchema,
  listAppointmentsQuerySchema,
  type ListAppointmentsQuery,
} from "@/lib/appointments/schemas";
import { addDays } from "@/lib/appointments/zoned-time";
import { pageHref } from "@/lib/http/page-href";

export const tabs = ["requests", "today", "upcoming", "history"] as const;
export type Tab = (typeof tabs)[number];

/** The date filter as read from the URL; a value that is not a date is an error beside its field. */
export interface DateFilter {
  from?: string;
  to?: string;
  errors: { from?: "invalid"; to?: "invalid" | "order" };
}

const one = (v: string | string[] | undefined) => (typeof v === "string" && v ? v : undefined);

export function readFilter(raw: { from?: string | string[]; to?: string | string[] }): DateFilter {
  const out: DateFilter = { errors: {} };
  for (const key of ["from", "to"] as const) {
    const value = one(raw[key]);
    if (value === undefined) continue;
    if (dateSchema.safeParse(value).success) out[key] = value;
    else out.errors[key] = "invalid";
  }
  if (out.from && out.to && out.to < out.from) {
    out.errors.to = "order";
    delete out.to;
  }
  return out;
}

export function hrefOf(tab: Tab, filter: Pick<DateFilter, "from" | "to"> = {}, page = 1): string {
  return pageHref("/doctor/appointments", { tab, from: filter.from, to: filter.to, page });
}

const later = (a: string | undefined, b: string | undefined) => (a && b ? (a > b ? a : b) : a || b);
const earlier = (a: string | undefined, b: string | undefined) =>
  a && b ? (a < b ? a : b) : a || b;

/**
 * What each tab lists, narrowed by the date filter. Requests: pending and still answerable, soonest
 * first. Today: everything today. Upcoming: confirmed, from tomorrow. History: before today.
 */
export function queryOf(
  tab: Tab,
  today: string,
  filter: Pick<DateFilter, "from" | "to">,
  page?: string,
  pageSize = 50,
): ListAppointmentsQuery {
  const own: { from?: string; to?: string; status?: string; when?: string; order?: string } =
    tab === "requests"
      ? { status: "pending", when: "upcoming", order: "asc" }
      : tab === "today"
        ? { from: today, to: today, order: "asc" }
        : tab === "upcoming"
          ? { from: addDays(today, 1), status: "confirmed", when: "upcoming", order: "asc" }
          : { to: addDays(today, -1), order: "desc" };
  const query = {
    ...own,
    as: "doctor",
    pageSize,
    from: later(own.from, filter.from),
    to: earlier(own.to, filter.to),
  };
  const parsed = listAppointmentsQuerySchema.safeParse({ ...query, page });
  return parsed.success ? parsed.data : listAppointmentsQuerySchema.parse(query);
}
