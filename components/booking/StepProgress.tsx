/** The stepper's progress bar: one segment per step, the current one marked `aria-current`. */
export function StepProgress({
  steps,
  current,
  label,
}: {
  steps: readonly string[];
  current: number;
  label: string;
}) {
  return (
    <nav aria-label={label}>
      <ol className="grid grid-cols-4 gap-1">
        {steps.map((name, i) => (
          <li key={name} aria-current={i === current ? "step" : undefined} className="min-w-0">
            <span
              className={`block h-1.5 rounded-full ${i <= current ? "bg-brand-700" : "bg-slate-200"}`}
            />
            <span
              className={`mt-1 block truncate text-xs ${i === current ? "font-semibold text-slate-900" : "text-slate-500"}`}
            >
              {name}
            </span>
          </li>
        ))}
      </ol>
    </nav>
  );
}
