import { Building2, Video } from "lucide-react";
import { FieldError } from "@/components/ui/Field";
import type { ModeOption } from "./booking-types";
import type { Mode } from "./strip";

/**
 * Step 1: video consultation or clinic visit, each with its fee (only the bookable ones). Plain
 * radios named `type` in the step's GET form: `value` preselects, the browser keeps the choice.
 */
export function ModeStep({
  modes,
  value,
  legend,
  error,
}: {
  modes: ModeOption[];
  value: Mode | null;
  legend: string;
  error?: string;
}) {
  return (
    <>
      <fieldset className="min-w-0" aria-describedby={error ? "type-error" : undefined}>
        <legend className="sr-only">{legend}</legend>
        <div className="grid gap-3 sm:grid-cols-2">
          {modes.map((m) => (
            <label
              key={m.value}
              className="relative flex cursor-pointer gap-3 rounded-xl border border-slate-300 p-4 has-checked:border-brand-700 has-checked:bg-brand-50 has-checked:ring-1 has-checked:ring-brand-700 has-focus-visible:outline-3 has-focus-visible:outline-brand-600"
            >
              <input
                type="radio"
                name="type"
                value={m.value}
                defaultChecked={value === m.value}
                className="absolute inset-0 size-full cursor-pointer appearance-none opacity-0 disabled:cursor-not-allowed"
              />
              <span
                aria-hidden="true"
                className="grid size-10 shrink-0 place-items-center rounded-full bg-brand-100 text-brand-800"
              >
                {m.value === "online" ? (
                  <Video className="size-5" />
                ) : (
                  <Building2 className="size-5" />
                )}
              </span>
              <span className="min-w-0">
                <span className="block font-semibold text-slate-900">
                  {m.title} · {m.price}
                </span>
                <span className="block text-sm text-slate-600">{m.hint}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <FieldError id="type" message={error} />
    </>
  );
}
