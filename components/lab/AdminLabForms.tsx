"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/Alert";
import { buttonClass } from "@/components/ui/button-styles";
import { Field } from "@/components/ui/Field";
import { Input, Textarea } from "@/components/ui/Input";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { initialActionState, type FormAction } from "@/lib/actions/result";
import type { Copy } from "@/lib/i18n/read-copy";

type AdminCopy = Copy<"AdminLab">;

interface Common {
  action: FormAction;
  id: string;
  /** The tab to return to. */
  tab: string;
  copy: AdminCopy;
  /** Names the booking for screen readers ("Lipid Profile, Asha Verma"). */
  label: string;
}

/** The next-step button ("Mark sample collected") as a plain form. */
export function StepForm({
  action,
  id,
  tab,
  copy,
  label,
  status,
}: Common & { status: "sample_collected" | "processing" }) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  return (
    <form action={formAction} aria-label={`${copy.next[status]}: ${label}`} className="space-y-2">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="tab" value={tab} />
      <input type="hidden" name="status" value={status} />
      <FormAlert state={state} />
      <SubmitButton pending={pending} pendingText={copy.working}>
        {copy.next[status]}
      </SubmitButton>
    </form>
  );
}

/** Cancel with the reason the patient will read, behind a disclosure. */
export function CancelWithReasonForm({ action, id, tab, copy, label }: Common) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  return (
    <details open={state !== null && !state.ok}>
      <summary
        className={buttonClass(
          "secondary",
          "cursor-pointer list-none text-red-800 [&::-webkit-details-marker]:hidden",
        )}
      >
        {copy.cancel.open}
      </summary>
      <form
        action={formAction}
        aria-label={`${copy.cancel.open}: ${label}`}
        className="mt-2 space-y-2"
      >
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="tab" value={tab} />
        <input type="hidden" name="status" value="cancelled" />
        <FormAlert state={state} />
        <Field id={`reason-${id}`} label={copy.cancel.reason} error={state?.fieldErrors?.reason}>
          {(control) => (
            <Textarea
              {...control}
              name="reason"
              rows={2}
              maxLength={500}
              defaultValue={state?.values?.reason}
            />
          )}
        </Field>
        <SubmitButton variant="danger" pending={pending} pendingText={copy.cancel.cancelling}>
          {copy.cancel.confirm}
        </SubmitButton>
      </form>
    </details>
  );
}

/** The report upload (PDF/JPEG/PNG, <= 10 MB; the server checks the bytes). */
export function ReportUploadForm({ action, id, tab, copy, label }: Common) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  return (
    <form action={formAction} aria-label={`${copy.upload.submit}: ${label}`} className="space-y-2">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="tab" value={tab} />
      <FormAlert state={state} />
      <Field
        id={`report-${id}`}
        label={copy.upload.label}
        hint={copy.upload.hint}
        error={state?.fieldErrors?.file}
      >
        {(control) => (
          <Input
            {...control}
            type="file"
            name="file"
            accept="application/pdf,image/jpeg,image/png"
            required
          />
        )}
      </Field>
      <SubmitButton pending={pending} pendingText={copy.upload.uploading}>
        {copy.upload.submit}
      </SubmitButton>
    </form>
  );
}
