import { Alert } from "@/components/ui/Alert";
import { slotsOf, type DayOption, type Mode } from "./strip";

export { slotsOf };

const chip =
  "relative flex cursor-pointer flex-col items-center rounded-lg border px-1 py-1.5 has-checked:border-brand-700 has-checked:bg-brand-700 has-checked:text-white has-focus-visible:outline-3 has-focus-visible:outline-offset-2 has-focus-visible:outline-brand-600 has-disabled:cursor-not-allowed has-disabled:border-slate-200 has-disabled:bg-slate-50 has-disabled:text-slate-400";

/** A controlled radio when there is a handler, else an uncontrolled one preselected by `checked`. */
function checkedProps(checked: boolean, onChange: (() => void) | undefined) {
  return onChange ? { checked, onChange } : { defaultChecked: checked };
}

/**
 * Date strip: one radio per day; days without a free slot (in the chosen mode) are disabled.
 * Presentational; used by the booking and reschedule flows. Without `onChange` the radios are
 * uncontrolled (`value` preselects), for plain forms that work without JavaScript.
 */
export function DateRadios({
  days,
  mode,
  value,
  onChange,
  legend,
  fullSuffix,
  error,
  name = "date",
}: {
  days: DayOption[];
  mode: Mode | null;
  value: string;
  onChange?: (date: string) => void;
  legend: string;
  fullSuffix: string;
  error?: string | undefined;
  name?: string;
}) {
  return (
    <fieldset className="min-w-0" aria-describedby={error ? `${name}-error` : undefined}>
      <legend className="text-sm font-semibold text-slate-800">{legend}</legend>
      {error ? (
        <Alert tone="error" id={`${name}-error`} className="mt-2">
          {error}
        </Alert>
      ) : null}
      <div className="relative -mx-1 mt-2 overflow-x-auto pb-1">
        <div className="flex gap-2 px-1">
          {days.map((d) => {
            const free = slotsOf(d, mode).length;
            return (
              <label
                key={d.date}
                className={`${chip} w-14 shrink-0 border-slate-300 text-slate-800`}
              >
                <input
                  type="radio"
                  name={name}
                  value={d.date}
                  {...checkedProps(value === d.date, onChange && (() => onChange(d.date)))}
                  disabled={free === 0}
                  aria-label={free === 0 ? `${d.long}: ${fullSuffix}` : d.long}
                  className="absolute inset-0 size-full cursor-pointer appearance-none opacity-0 disabled:cursor-not-allowed"
                />
                <span aria-hidden="true" className="text-xs">
                  {d.weekday}
                </span>
                <span aria-hidden="true" className="text-lg leading-tight font-bold">
                  {d.day}
                </span>
                <span aria-hidden="true" className="text-xs">
                  {d.month}
                </span>
              </label>
            );
          })}
        </div>
      </div>
    </fieldset>
  );
}

/** Time grid: one radio per free slot of the chosen day, named like "Tuesday 25 November, 10:20". */
export function TimeRadios({
  day,
  mode,
  value,
  onChange,
  legend,
  empty,
  error,
  name = "time",
}: {
  day: DayOption | undefined;
  mode: Mode | null;
  value: string;
  onChange?: (time: string) => void;
  legend: string;
  empty: string;
  error?: string | undefined;
  name?: string;
}) {
  const slots = slotsOf(day, mode);
  return (
    <fieldset className="min-w-0" aria-describedby={error ? `${name}-error` : undefined}>
      <legend className="text-sm font-semibold text-slate-800">{legend}</legend>
      {error ? (
        <Alert tone="error" id={`${name}-error`} className="mt-2">
          {error}
        </Alert>
      ) : null}
      {slots.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">{empty}</p>
      ) : (
        <div className="mt-2 grid grid-cols-3 gap-2 min-[420px]:grid-cols-4 sm:grid-cols-6">
          {slots.map((s) => (
            <label
              key={s.time}
              className={`${chip} min-h-11 justify-center border-brand-200 bg-brand-50 text-sm font-semibold text-brand-900`}
            >
              <input
                type="radio"
                name={name}
                value={s.time}
                {...checkedProps(value === s.time, onChange && (() => onChange(s.time)))}
                aria-label={s.label}
                className="absolute inset-0 size-full cursor-pointer appearance-none opacity-0 disabled:cursor-not-allowed"
              />
              <span aria-hidden="true">{s.time}</span>
            </label>
          ))}
        </div>
      )}
    </fieldset>
  );
}
