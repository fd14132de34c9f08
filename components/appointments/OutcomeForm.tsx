"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/Alert";
import { buttonClass } from "@/components/ui/button-styles";
import { Field } from "@/components/ui/Field";
import { Textarea } from "@/components/ui/Input";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { initialActionState, type FormAction } from "@/lib/actions/result";

export interface OutcomeLabels {
  open: string;
  notes: string;
  notesHint: string;
  completed: string;
  noShow: string;
  saving: string;
}

/** The doctor's "Mark completed" / "Mark no-show" with optional notes (after the start time). */
export function OutcomeForm({
  appointmentId,
  notes,
  action,
  labels,
}: {
  appointmentId: string;
  notes: string | null;
  action: FormAction;
  labels: OutcomeLabels;
}) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  return (
    <details className="w-full" open={state !== null && !state.ok}>
      <summary
        className={buttonClass(
          "secondary",
          "cursor-pointer list-none [&::-webkit-details-marker]:hidden",
        )}
      >
        {labels.open}
      </summary>
      <form
        action={formAction}
        className="mt-3 space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-3"
      >
        <input type="hidden" name="id" value={appointmentId} />
        <FormAlert state={state} />
        <Field
          id={`notes-${appointmentId}`}
          label={labels.notes}
          hint={labels.notesHint}
          error={state?.fieldErrors?.doctorNotes}
        >
          {(control) => (
            <Textarea
              {...control}
              name="doctorNotes"
              rows={3}
              maxLength={5000}
              defaultValue={notes ?? ""}
            />
          )}
        </Field>
        <div className="flex flex-wrap gap-2">
          <SubmitButton
            name="status"
            value="completed"
            pending={pending}
            pendingText={labels.saving}
          >
            {labels.completed}
          </SubmitButton>
          <SubmitButton
            name="status"
            value="no_show"
            variant="secondary"
            pending={pending}
            pendingText={labels.saving}
          >
            {labels.noShow}
          </SubmitButton>
        </div>
      </form>
    </details>
  );
}
