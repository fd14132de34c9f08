"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/Alert";
import { buttonClass } from "@/components/ui/button-styles";
import { Field } from "@/components/ui/Field";
import { Textarea } from "@/components/ui/Input";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { initialActionState, type FormAction } from "@/lib/actions/result";
import type { Copy } from "@/lib/i18n/read-copy";

/** Its words: the page's copyOf("DoctorArea").bookings.outcome. */
export type OutcomeCopy = Copy<"DoctorArea">["bookings"]["outcome"];

/** The doctor's "Mark completed" / "Mark no-show" with optional notes (after the start time). */
export function OutcomeForm({
  appointmentId,
  notes,
  action,
  copy,
}: {
  appointmentId: string;
  notes: string | null;
  action: FormAction;
  copy: OutcomeCopy;
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
        {copy.open}
      </summary>
      <form
        action={formAction}
        className="mt-3 space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-3"
      >
        <input type="hidden" name="id" value={appointmentId} />
        <FormAlert state={state} />
        <Field
          id={`notes-${appointmentId}`}
          label={copy.notes}
          hint={copy.notesHint}
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
          <SubmitButton name="status" value="completed" pending={pending} pendingText={copy.saving}>
            {copy.completed}
          </SubmitButton>
          <SubmitButton
            name="status"
            value="no_show"
            variant="secondary"
            pending={pending}
            pendingText={copy.saving}
          >
            {copy.noShow}
          </SubmitButton>
        </div>
      </form>
    </details>
  );
}
