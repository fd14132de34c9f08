import { Plus, Trash2 } from "lucide-react";
import { buttonClass } from "@/components/ui/button-styles";
import { Field } from "@/components/ui/Field";
import { Input } from "@/components/ui/Input";
import type { FieldProblem, OffRow } from "@/lib/availability/form";
import { fill } from "./fill";
import type { AvailabilityCopy } from "./RangeRows";

/** Days off as rows (first day, last day, reason), each with its remove button, and "add". */
export function TimeOffRows({
  rows,
  problems,
  copy,
}: {
  rows: OffRow[];
  problems: Record<string, FieldProblem>;
  copy: AvailabilityCopy;
}) {
  const error = (name: string) => (problems[name] ? copy.errors[problems[name]] : undefined);
  return (
    <fieldset className="space-y-2">
      <legend className="text-lg font-semibold text-slate-900">{copy.timeOffLegend}</legend>
      <p className="text-sm text-slate-600">{copy.timeOffHint}</p>
      {rows.length === 0 ? <p className="text-sm text-slate-600">{copy.noTimeOff}</p> : null}
      {rows.map((row, i) => {
        const p = `off.${i}`;
        return (
          <fieldset key={p} className="grid grid-cols-1 items-end gap-2 sm:grid-cols-4">
            <legend className="sr-only">{fill(copy.offLabel, { n: i + 1 })}</legend>
            <Field id={`${p}.from`} label={copy.offFrom} error={error(`${p}.from`)}>
              {(c) => <Input {...c} type="date" name={`${p}.from`} defaultValue={row.from} />}
            </Field>
            <Field id={`${p}.to`} label={copy.offTo} error={error(`${p}.to`)}>
              {(c) => <Input {...c} type="date" name={`${p}.to`} defaultValue={row.to} />}
            </Field>
            <Field id={`${p}.reason`} label={copy.offReason} error={error(`${p}.reason`)}>
              {(c) => (
                <Input {...c} name={`${p}.reason`} maxLength={200} defaultValue={row.reason} />
              )}
            </Field>
            <button
              type="submit"
              name="intent"
              value={`removeOff:${i}`}
              formNoValidate
              aria-label={fill(copy.removeOff, { n: i + 1 })}
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
        value="addOff"
        formNoValidate
        className={buttonClass("ghost")}
      >
        <Plus aria-hidden="true" className="size-4" />
        {copy.addOff}
      </button>
    </fieldset>
  );
}
