"use client";

import { startTransition, useActionState, useEffect, useRef, type FormEvent } from "react";
import type { CheckerAction, CheckerState } from "./state";

/**
 * useActionState for the checker's forms (as components/ui/use-action-form, with the checker's
 * result type): typed input survives a refusal; without JavaScript the form simply posts. When a
 * signed-out result arrives, focus moves to its heading so it is read out first.
 */
export function useCheckerForm(action: CheckerAction, resultHeadingId: string) {
  const [state, formAction, pending] = useActionState(action, null as CheckerState);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const data = new FormData(
      event.currentTarget,
      submitter instanceof HTMLButtonElement ? submitter : null,
    );
    startTransition(() => formAction(data));
  };
  const shown = useRef(false);
  useEffect(() => {
    if (!state?.assessment || shown.current) return;
    shown.current = true;
    const heading =
      document.getElementById("call-now-title") ?? document.getElementById(resultHeadingId);
    heading?.setAttribute("tabindex", "-1");
    heading?.focus();
  }, [state, resultHeadingId]);
  return { state, pending, formProps: { action: formAction, onSubmit } };
}
