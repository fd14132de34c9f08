import type { ReactNode } from "react";
import type { BookingLabels, ModeOption } from "./booking-types";
import type { Mode } from "./strip";

/** The last step's summary: what will be booked, and what it costs. */
export function ReviewStep({
  summary,
  when,
  mode,
  chosenMode,
  labels,
}: {
  summary: { doctor: string; specialty: string; clinic: string | null };
  when: string | undefined;
  mode: Mode | null;
  chosenMode: ModeOption | undefined;
  labels: BookingLabels["review"];
}) {
  return (
    <dl className="divide-y divide-slate-100 text-sm">
      <Row term={labels.doctor}>
        {summary.doctor} · {summary.specialty}
      </Row>
      <Row term={labels.when}>{when ?? "—"}</Row>
      <Row term={labels.mode}>{chosenMode?.title ?? "—"}</Row>
      {mode === "offline" && summary.clinic ? (
        <Row term={labels.clinic}>{summary.clinic}</Row>
      ) : null}
      <Row term={labels.amount}>
        <span className="text-base font-bold">{chosenMode?.price ?? "—"}</span>
      </Row>
    </dl>
  );
}

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="flex flex-wrap justify-between gap-x-4 gap-y-0.5 py-2">
      <dt className="text-slate-600">{term}</dt>
      <dd className="text-right font-medium text-slate-900">{children}</dd>
    </div>
  );
}
