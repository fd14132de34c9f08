"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/Alert";
import { buttonClass } from "@/components/ui/button-styles";
import { Field } from "@/components/ui/Field";
import { Textarea } from "@/components/ui/Input";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { initialActionState, type FormAction } from "@/lib/actions/result";

export interface ReasonFormCopy {
  open: string;
  title: string;
  note?: string;
  reason: string;
  hint: string;
  confirm: string;
  pending: string;
}

/**
 * A decision that needs a reason (Reject, Suspend): a disclosure holds the required reason and
 * the real button, so one stray tap decides nothing. The reason's error shows beside it.
 */
export function ReasonForm({
  action,
  id,
  copy,
  hidden = {},
  fieldPrefix = "reason",
}: {
  action: FormAction;
  id: string;
  copy: ReasonFormCopy;
  /** Tells apart the reason fields of several decisions on one item (hide, lock, delete). */
  fieldPrefix?: string;
  /** More fields to post (the list's search, to come back to it). */
  hidden?: Record<string, string>;
}) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  if (state?.ok) return <FormAlert state={state} />;
  const fieldId = `${fieldPrefix}-${id}`;
  return (
    <details className="w-full" open={state !== null}>
      <summary className={buttonClass("secondary", "cursor-pointer list-none text-red-800")}>
        {copy.open}
      </summary>
      <form
        action={formAction}
        className="mt-3 space-y-3 rounded-lg border border-red-200 bg-red-50/50 p-3"
      >
        <input type="hidden" name="id" value={id} />
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <p className="text-sm font-semibold text-slate-900">{copy.title}</p>
        {copy.note ? <p className="text-sm text-slate-700">{copy.note}</p> : null}
        <FormAlert state={state} />
        <Field id={fieldId} label={copy.reason} hint={copy.hint} error={state?.fieldErrors?.reason}>
          {(control) => (
            <Textarea
              {...control}
              name="reason"
              rows={3}
              required
              minLength={3}
              maxLength={500}
              defaultValue={state?.values?.reason}
            />
          )}
        </Field>
        <SubmitButton variant="danger" pending={pending} pendingText={copy.pending}>
          {copy.confirm}
        </SubmitButton>
      </form>
    </details>
  );
}
