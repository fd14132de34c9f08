import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { TimelineItemDto } from "@/lib/timeline/schemas";
import { KindIcon } from "./KindIcon";

/** Consecutive items of one month (India time), in the order given. */
function byMonth(items: TimelineItemDto[], monthOf: (at: string) => string) {
  const groups: { month: string; items: TimelineItemDto[] }[] = [];
  for (const item of items) {
    const month = monthOf(item.at);
    const last = groups.at(-1);
    if (last && last.month === month) last.items.push(item);
    else groups.push({ month, items: [item] });
  }
  return groups;
}

/** The timeline's items under month headings, each with its kind, status, time and link. */
export function TimelineList({ items }: { items: TimelineItemDto[] }) {
  const format = useFormatter();
  const groups = byMonth(items, (at) =>
    format.dateTime(new Date(at), { month: "long", year: "numeric" }),
  );
  return (
    <div className="space-y-8">
      {groups.map((group, g) => (
        <section key={`${group.month}-${g}`} aria-labelledby={`timeline-month-${g}`}>
          <h2 id={`timeline-month-${g}`} className="mb-3 text-lg font-semibold text-slate-900">
            {group.month}
          </h2>
          <ol className="space-y-3 border-l-2 border-slate-200 pl-4">
            {group.items.map((item) => (
              <TimelineEntry key={`${item.kind}-${item.id}`} item={item} />
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}

const statuses = [
  "pending",
  "confirmed",
  "rejected",
  "completed",
  "cancelled",
  "no_show",
  "rescheduled",
  "expired",
  "issued",
  "dispensed",
  "booked",
  "sample_collected",
  "processing",
  "report_ready",
  "dispatched",
  "delivered",
  "in_progress",
] as const;
const isStatus = (value: string | null): value is (typeof statuses)[number] =>
  (statuses as readonly (string | null)[]).includes(value);

function TimelineEntry({ item }: { item: TimelineItemDto }) {
  const t = useTranslations("timeline");
  const format = useFormatter();
  // Appointments are titled, and prescriptions subtitled, with the doctor's name.
  const named = item.title.trim();
  const title =
    item.kind === "appointment" && named
      ? t("doctorName", { name: named })
      : named || t("untitled");
  const subtitle =
    item.kind === "prescription" && item.subtitle
      ? t("doctorName", { name: item.subtitle })
      : item.subtitle;
  const kind = t(`kinds.${item.kind}`);
  const status = isStatus(item.status) ? t(`status.${item.status}`) : null;
  return (
    <li className="flex gap-3 rounded-xl border border-slate-200 bg-white p-3 shadow-sm">
      <KindIcon kind={item.kind} />
      <div className="min-w-0 flex-1">
        <p className="flex flex-wrap items-center gap-x-2 text-xs font-medium tracking-wide text-slate-600 uppercase">
          <span>{kind}</span>
          <span aria-hidden="true">·</span>
          <time dateTime={item.at}>
            {format.dateTime(
              new Date(item.at),
              item.dateOnly ? { dateStyle: "medium" } : { dateStyle: "medium", timeStyle: "short" },
            )}
          </time>
        </p>
        <p className="mt-0.5 font-medium break-words text-slate-900">
          {item.href ? (
            <Link
              href={item.href}
              aria-label={t("open", { kind, title })}
              className="text-brand-800 underline-offset-2 hover:underline"
            >
              {title}
            </Link>
          ) : (
            title
          )}
        </p>
        {subtitle ? <p className="text-sm break-words text-slate-600">{subtitle}</p> : null}
      </div>
      {status ? (
        <span className="h-fit shrink-0 rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700">
          {status}
        </span>
      ) : null}
    </li>
  );
}
