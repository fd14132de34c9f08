import { CheckCircle2, Circle } from "lucide-react";

export interface TimelineStep {
  label: string;
  at: string | null;
}

/** The request's steps with their times; a step not reached says so in words. */
export function StatusTimeline({
  title,
  steps,
  notYet,
}: {
  title: string;
  steps: TimelineStep[];
  notYet: string;
}) {
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title" className="text-lg font-semibold text-slate-900">
        {title}
      </h2>
      <ol className="mt-3 space-y-3">
        {steps.map((step) => (
          <li key={step.label} className="flex items-start gap-3">
            {step.at ? (
              <CheckCircle2 aria-hidden="true" className="mt-0.5 size-5 text-green-700" />
            ) : (
              <Circle aria-hidden="true" className="mt-0.5 size-5 text-slate-400" />
            )}
            <span>
              <span className="block font-medium text-slate-900">{step.label}</span>
              <span className="block text-sm text-slate-700">{step.at ?? notYet}</span>
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
