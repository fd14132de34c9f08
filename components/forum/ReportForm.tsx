"use client";

import { Flag } from "lucide-react";
import { FormAlert } from "@/components/ui/Alert";
import { Field, FieldError } from "@/components/ui/Field";
import { Textarea } from "@/components/ui/Input";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormAction } from "@/lib/actions/result";
import { reportReasons } from "@/lib/forum/schemas";

type Reason = (typeof reportReasons)[number];

/**
 * "Report" behind a <details> disclosure (opens without JavaScript): the reasons as radios and
 * optional details. Failures show inside, with the disclosure kept open.
 */
export function ReportForm({
  action,
  idPrefix,
  copy,
}: {
  action: FormAction;
  idPrefix: string;
  copy: {
    open: string;
    title: string;
    reasons: Record<Reason, string>;
    details: string;
    detailsHint: string;
    submit: string;
    pending: string;
  };
}) {
  const { state, pending, formProps } = useActionForm(action);
  const values = state?.values ?? {};
  return (
    <details className="group" open={state && !state.ok ? true : undefined}>
      <summary className="inline-flex min-h-11 cursor-pointer items-center gap-1.5 rounded-lg px-2 text-sm font-medium text-slate-700 hover:bg-slate-100">
        <Flag aria-hidden="true" className="size-4" />
        {copy.open}
      </summary>
      <form
        {...formProps}
        noValidate
        className="mt-2 space-y-3 rounded-xl border border-slate-200 bg-slate-50 p-4"
      >
        <FormAlert state={state} focusOnMount />
        <fieldset
          aria-describedby={state?.fieldErrors?.reason ? `${idPrefix}-reason-error` : undefined}
        >
          <legend className="text-sm font-semibold text-slate-900">{copy.title}</legend>
          <div className="mt-2 space-y-1">
            {reportReasons.map((reason) => (
              <label
                key={reason}
                className="flex min-h-9 items-center gap-2 text-sm text-slate-800"
              >
                <input
                  type="radio"
                  name="reason"
                  value={reason}
                  required
                  defaultChecked={values.reason === reason}
                  className="size-4"
                />
                {copy.reasons[reason]}
              </label>
            ))}
          </div>
          <FieldError id={`${idPrefix}-reason`} message={state?.fieldErrors?.reason} />
        </fieldset>
        <Field
          id={`${idPrefix}-details`}
          label={copy.details}
          hint={copy.detailsHint}
          error={state?.fieldErrors?.details}
        >
          {(control) => (
            <Textarea
              {...control}
              name="details"
              rows={3}
              maxLength={1000}
              defaultValue={values.details ?? ""}
            />
          )}
        </Field>
        <SubmitButton pending={pending} pendingText={copy.pending} variant="secondary">
          {copy.submit}
        </SubmitButton>
      </form>
    </details>
  );
}
