import { Plus, Trash2 } from "lucide-react";
import { buttonClass } from "@/components/ui/button-styles";
import { Field } from "@/components/ui/Field";
import { Input } from "@/components/ui/Input";
import { Select } from "@/components/ui/Select";
import type { FieldProblem, RangeRow } from "@/lib/availability/form";
import type { Copy } from "@/lib/i18n/read-copy";
import { fill } from "./fill";

export type AvailabilityCopy = Copy<"DoctorAvailability">;

const slotLengths = ["10", "15", "20", "30", "45", "60"];

/** One weekday's ranges as rows of inputs, each with its remove button, and "add a range". */
export function RangeRows({
  weekday,
  rows,
  problems,
  copy,
}: {
  weekday: number;
  rows: RangeRow[];
  problems: Record<string, FieldProblem>;
  copy: AvailabilityCopy;
}) {
  const day = copy.weekdays[String(weekday) as keyof AvailabilityCopy["weekdays"]];
  const error = (name: string) => (problems[name] ? copy.errors[problems[name]] : undefined);
  const modes = (["both", "online", "offline"] as const).map((m) => ({
    value: m,
    label: copy.modes[m],
  }));
  const slots = slotLengths.map((s) => ({
    value: s,
    label: fill(copy.slotMinutes, { minutes: s }),
  }));
  return (
    <section aria-labelledby={`day-${weekday}`} className="border-t border-slate-100 py-3">
      <h3 id={`day-${weekday}`} className="font-semibold text-slate-900">
        {day}
      </h3>
      {rows.length === 0 ? <p className="text-sm text-slate-600">{copy.closed}</p> : null}
      {rows.map((row, i) => {
        const p = `r.${weekday}.${i}`;
        const label = fill(copy.rangeLabel, { day, n: i + 1 });
        return (
          <fieldset key={p} className="mt-2 grid grid-cols-2 items-end gap-2 sm:grid-cols-5">
            <legend className="sr-only">{label}</legend>
            <Field id={`${p}.start`} label={copy.start} error={error(`${p}.start`)}>
              {(c) => <Input {...c} type="time" name={`${p}.start`} defaultValue={row.start} />}
            </Field>
            <Field id={`${p}.end`} label={copy.end} error={error(`${p}.end`)}>
              {(c) => <Input {...c} type="time" name={`${p}.end`} defaultValue={row.end} />}
            </Field>
            <Field id={`${p}.mode`} label={copy.mode} error={error(`${p}.mode`)}>
              {(c) => <Select {...c} name={`${p}.mode`} defaultValue={row.mode} options={modes} />}
            </Field>
            <Field id={`${p}.slot`} label={copy.slot} error={error(`${p}.slot`)}>
              {(c) => <Select {...c} name={`${p}.slot`} defaultValue={row.slot} options={slots} />}
            </Field>
            <button
              type="submit"
              name="intent"
              value={`remove:${weekday}:${i}`}
              formNoValidate
              aria-label={fill(copy.removeRange, { day, n: i + 1 })}
              className={buttonClass("ghost", "justify-self-start")}
            >
              <Trash2 aria-hidden="true" className="size-4" />
            </button>
          </fieldset>
        );
      })}
      <button
        type="submit"
        name="intent"
        value={`add:${weekday}`}
        formNoValidate
        className={buttonClass("ghost", "mt-2")}
      >
        <Plus aria-hidden="true" className="size-4" />
        {fill(copy.addRange, { day })}
      </button>
    </section>
  );
}
