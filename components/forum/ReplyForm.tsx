"use client";

import Link from "next/link";
import { FormAlert } from "@/components/ui/Alert";
import { buttonClass } from "@/components/ui/button-styles";
import { Field } from "@/components/ui/Field";
import { Textarea } from "@/components/ui/Input";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormAction } from "@/lib/actions/result";

/** A reply (new, or `initial` when editing): markdown body, optional alias, errors beside it. */
export function ReplyForm({
  action,
  idPrefix,
  initial = "",
  allowAnonymous = false,
  cancelHref,
  copy,
}: {
  action: FormAction;
  idPrefix: string;
  initial?: string;
  allowAnonymous?: boolean;
  cancelHref?: string;
  copy: {
    label: string;
    hint: string;
    submit: string;
    pending: string;
    anonymous: string;
    cancel: string;
  };
}) {
  const { state, pending, formProps } = useActionForm(action);
  const values = state?.values ?? {};
  return (
    <form {...formProps} noValidate className="space-y-3">
      <FormAlert state={state} focusOnMount />
      <Field
        id={`${idPrefix}-content`}
        label={copy.label}
        hint={copy.hint}
        error={state?.fieldErrors?.content}
      >
        {(control) => (
          <Textarea
            {...control}
            name="content"
            rows={5}
            required
            maxLength={10_000}
            defaultValue={values.content ?? initial}
          />
        )}
      </Field>
      {allowAnonymous ? (
        <label className="flex items-center gap-2 text-sm text-slate-800">
          <input type="checkbox" name="anonymous" className="size-4" />
          {copy.anonymous}
        </label>
      ) : null}
      {state?.fieldErrors?.anonymous ? (
        <p className="text-sm text-red-700">{state.fieldErrors.anonymous}</p>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <SubmitButton pending={pending} pendingText={copy.pending}>
          {copy.submit}
        </SubmitButton>
        {cancelHref ? (
          <Link href={cancelHref} className={buttonClass("secondary")}>
            {copy.cancel}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
