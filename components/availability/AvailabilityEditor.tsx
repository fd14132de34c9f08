"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/Alert";
import { Field } from "@/components/ui/Field";
import { Select } from "@/components/ui/Select";
import { SubmitButton } from "@/components/ui/SubmitButton";
import type { AvailabilityDraft } from "@/lib/availability/form";
import type { AvailabilityFormState } from "@/lib/availability/form-state";
import { minNoticeChoices } from "@/lib/availability/schemas";
import { fill } from "./fill";
import { RangeRows, type AvailabilityCopy } from "./RangeRows";
import { TimeOffRows } from "./TimeOffRows";

/** Monday first, as Indian clinics write their week. */
const weekOrder = [1, 2, 3, 4, 5, 6, 0];

/**
 * D3's one form: weekly ranges, days off, notice and instant confirmation. Every button posts to
 * the server action, so it all works without JavaScript; with it, the page just does not reload.
 */
export function AvailabilityEditor({
  initial,
  action,
  copy,
}: {
  initial: AvailabilityDraft;
  action: (prev: AvailabilityFormState, form: FormData) => Promise<AvailabilityFormState>;
  copy: AvailabilityCopy;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const draft = state?.draft ?? initial;
  const problems = state?.problems ?? {};
  const notices = minNoticeChoices.map((m) => ({
    value: String(m),
    label: copy.notice[String(m) as keyof AvailabilityCopy["notice"]],
  }));
  // A notice set through the API to another value stays selectable, so saving keeps it.
  if (!notices.some((n) => n.value === draft.minNotice)) {
    notices.push({
      value: draft.minNotice,
      label: fill(copy.slotMinutes, { minutes: draft.minNotice }),
    });
  }
  const affected = state?.affected ?? [];
  return (
    <form action={formAction} key={JSON.stringify(draft)} className="space-y-6">
      {/* Enter in a field saves (the first submit button is the default one). */}
      <button
        type="submit"
        name="intent"
        value="save"
        tabIndex={-1}
        aria-hidden="true"
        className="sr-only"
      >
        {copy.save}
      </button>
      {state?.message ? <Alert tone={state.ok ? "success" : "error"}>{state.message}</Alert> : null}
      {affected.length > 0 ? (
        <div role="status" className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm">
          <p className="font-semibold text-amber-950">
            {fill(copy.affectedTitle, { count: affected.length })}
          </p>
          <ul className="my-2 list-disc ps-5 text-amber-950">
            {affected.map((a) => (
              <li key={a.id}>
                {fill(copy.affectedItem, { date: a.date, time: a.time, name: a.patientFirstName })}{" "}
                ({copy.why[a.why]})
              </li>
            ))}
          </ul>
          <p className="text-amber-950">
            {state?.needsConfirm ? copy.affectedWarn : copy.affectedSaved}
          </p>
        </div>
      ) : null}
      <section aria-labelledby="week-heading">
        <h2 id="week-heading" className="text-lg font-semibold text-slate-900">
          {copy.weekLegend}
        </h2>
        <p className="text-sm text-slate-600">{copy.weekHint}</p>
        {weekOrder.map((d) => (
          <RangeRows
            key={d}
            weekday={d}
            rows={draft.weekly[d] ?? []}
            problems={problems}
            copy={copy}
          />
        ))}
      </section>
      <TimeOffRows rows={draft.timeOff} problems={problems} copy={copy} />
      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold text-slate-900">{copy.rulesLegend}</legend>
        <Field id="minNotice" label={copy.minNotice} hint={copy.minNoticeHint}>
          {(c) => (
            <Select {...c} name="minNotice" defaultValue={draft.minNotice} options={notices} />
          )}
        </Field>
        <div className="flex items-start gap-2">
          <input
            id="instantConfirm"
            type="checkbox"
            name="instantConfirm"
            defaultChecked={draft.instantConfirm}
            aria-describedby="instantConfirm-hint"
            className="mt-1 size-4"
          />
          <div>
            <label htmlFor="instantConfirm" className="text-sm font-medium text-slate-800">
              {copy.instantConfirm}
            </label>
            <p id="instantConfirm-hint" className="text-sm text-slate-600">
              {copy.instantConfirmHint}
            </p>
          </div>
        </div>
      </fieldset>
      <div className="flex flex-wrap gap-2">
        {state?.needsConfirm ? (
          <SubmitButton
            name="intent"
            value="force"
            variant="danger"
            pending={pending}
            pendingText={copy.saving}
          >
            {copy.saveAnyway}
          </SubmitButton>
        ) : (
          <SubmitButton name="intent" value="save" pending={pending} pendingText={copy.saving}>
            {copy.save}
          </SubmitButton>
        )}
      </div>
    </form>
  );
}
