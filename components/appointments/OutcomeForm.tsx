"use client";

import { useActionState } from "react";
import { LoaderCircle } from "lucide-react";
import { updateAppointmentOutcomeAction } from "@/app/(doctor)/doctor/appointments/actions";
import type { FormResult } from "@/components/booking/types";
import { FormAlert } from "./FormAlert";
import { buttonClass, inputClass, labelClass } from "./styles";

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
  labels,
}: {
  appointmentId: string;
  notes: string | null;
  labels: OutcomeLabels;
}) {
  const [state, formAction, pending] = useActionState<FormResult | null, FormData>(
    updateAppointmentOutcomeAction,
    null,
  );
  const notesId = `notes-${appointmentId}`;
  const error = state?.fieldErrors?.doctorNotes;
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
        <div>
          <label htmlFor={notesId} className={labelClass}>
            {labels.notes}
          </label>
          <textarea
            id={notesId}
            name="doctorNotes"
            rows={3}
            maxLength={5000}
            defaultValue={notes ?? ""}
            aria-describedby={`${notesId}-hint${error ? ` ${notesId}-error` : ""}`}
            aria-invalid={error ? true : undefined}
            className={inputClass}
          />
          <p id={`${notesId}-hint`} className="mt-1 text-xs text-slate-600">
            {labels.notesHint}
          </p>
          {error ? (
            <p id={`${notesId}-error`} className="mt-1 text-sm font-medium text-red-700">
              {error}
            </p>
          ) : null}
        </div>
        <div className="flex flex-wrap gap-2">
          <button
            type="submit"
            name="status"
            value="completed"
            disabled={pending}
            className={buttonClass("primary")}
          >
            {pending ? <LoaderCircle aria-hidden="true" className="size-4 animate-spin" /> : null}
            {labels.completed}
          </button>
          <button
            type="submit"
            name="status"
            value="no_show"
            disabled={pending}
            className={buttonClass("secondary")}
          >
            {labels.noShow}
          </button>
        </div>
        {pending ? (
          <p role="status" className="sr-only">
            {labels.saving}
          </p>
        ) : null}
      </form>
    </details>
  );
}
