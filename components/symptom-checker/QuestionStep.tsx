"use client";

import type { ReactNode } from "react";
import Link from "next/link";
import { ArrowLeft, RotateCcw } from "lucide-react";
import { FormAlert } from "@/components/ui/Alert";
import { buttonClass } from "@/components/ui/button-styles";
import { cardClass } from "@/components/ui/Card";
import { FieldError } from "@/components/ui/Field";
import { SubmitButton } from "@/components/ui/SubmitButton";
import type { Copy } from "@/lib/i18n/read-copy";
import { fill } from "@/lib/i18n/read-copy";
import type { FollowUpQuestionDto } from "@/lib/symptom-checks/schemas";
import { GuestCheckResult } from "./CheckResult";
import type { CheckerAction } from "./state";
import { useCheckerForm } from "./use-checker-form";

/**
 * One follow-up question (#3), as a plain form: the answers so far ride in hidden fields, so each
 * step is one post and works without JavaScript. "Back" is a link to the previous question (the
 * last answer dropped), "Start again" a link to the empty form. With no question left it offers
 * the result. A signed-out check's result is shown here from the action's answer.
 */
export function QuestionStep({
  action,
  copy,
  checkId,
  question,
  answers,
  progress,
  backHref,
  specialtyNames,
  intro,
  ended = false,
}: {
  action: CheckerAction;
  copy: Copy<"SymptomChecker">;
  checkId: string;
  question: FollowUpQuestionDto | null;
  /** The answers so far, encoded `questionId:optionId`. */
  answers: string[];
  progress: { current: number; total: number };
  backHref: string | null;
  specialtyNames: Record<string, string>;
  /** Shown above the form, and gone once a result replaces it (the call-108 block then leads). */
  intro?: ReactNode;
  /** The check is gone (finished signed out, or not ours): say so, offer a fresh start. */
  ended?: boolean;
}) {
  const { state, pending, formProps } = useCheckerForm(action, "result-title");
  const q = copy.question;
  if (state?.assessment) {
    return (
      <GuestCheckResult
        assessment={state.assessment}
        copy={copy.result}
        specialtyNames={specialtyNames}
      />
    );
  }
  if (ended) {
    return (
      <div className="space-y-4">
        <p className={`${cardClass} text-slate-800`}>{copy.form.codes.not_found}</p>
        <Link href="/symptom-checker" prefetch={false} className={buttonClass("primary")}>
          <RotateCcw aria-hidden="true" className="size-4" />
          {q.restart}
        </Link>
      </div>
    );
  }
  const error = state?.fieldErrors?.answer;
  return (
    <div className="space-y-4">
      {intro}
      <form {...formProps} noValidate className={`${cardClass} space-y-4`}>
        <FormAlert state={state} />
        <input type="hidden" name="checkId" value={checkId} />
        {answers.map((a) => (
          <input key={a} type="hidden" name="a" value={a} />
        ))}
        {question ? (
          <>
            <input type="hidden" name="questionId" value={question.id} />
            <p className="text-sm font-medium text-slate-600">{fill(q.progress, progress)}</p>
            <fieldset aria-describedby={error ? "answer-error" : undefined}>
              <legend className="text-lg font-semibold text-slate-900">{question.text}</legend>
              <div className="mt-3 space-y-2">
                {question.options.map((o) => (
                  <label
                    key={o.id}
                    className="flex min-h-11 cursor-pointer items-center gap-3 rounded-lg border border-slate-300 bg-white px-4 py-2 text-slate-800 has-checked:border-brand-700 has-checked:bg-brand-50 has-checked:font-semibold"
                  >
                    <input
                      type="radio"
                      name="answer"
                      value={o.id}
                      className="size-4 accent-brand-700"
                    />
                    {o.label}
                  </label>
                ))}
              </div>
              <FieldError id="answer" message={error} />
            </fieldset>
            <div className="flex flex-col gap-2 sm:flex-row">
              <SubmitButton pending={pending} pendingText={q.saving}>
                {q.next}
              </SubmitButton>
              <SubmitButton
                pending={pending}
                pendingText={q.saving}
                variant="secondary"
                name="intent"
                value="finish"
              >
                {q.skip}
              </SubmitButton>
            </div>
          </>
        ) : (
          <>
            <p className="text-lg font-semibold text-slate-900">{q.ready}</p>
            <SubmitButton pending={pending} pendingText={q.saving} name="intent" value="finish">
              {q.showResult}
            </SubmitButton>
          </>
        )}
      </form>
      <nav className="flex flex-wrap gap-2" aria-label={q.metaTitle}>
        {backHref ? (
          <Link href={backHref} prefetch={false} className={buttonClass("secondary")}>
            <ArrowLeft aria-hidden="true" className="size-4" />
            {q.back}
          </Link>
        ) : null}
        <Link href="/symptom-checker" prefetch={false} className={buttonClass("ghost")}>
          <RotateCcw aria-hidden="true" className="size-4" />
          {q.restart}
        </Link>
      </nav>
    </div>
  );
}
