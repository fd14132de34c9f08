"use client";

import { startTransition, useActionState, type FormEvent } from "react";
import { initialActionState, type FormAction } from "@/lib/actions/result";

/**
 * useActionState for a form that must keep what the user typed when the server says no. React 19
 * resets uncontrolled fields after an `action` prop runs; submitting from onSubmit inside a
 * transition does not, so a rejected phone number stays on screen to be corrected. Without
 * JavaScript the `action` still posts the form. The clicked submit button's name/value is kept.
 */
export function useActionForm(action: FormAction) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const data = new FormData(
      event.currentTarget,
      submitter instanceof HTMLButtonElement ? submitter : null,
    );
    startTransition(() => formAction(data));
  };
  return { state, pending, formProps: { action: formAction, onSubmit } };
}
