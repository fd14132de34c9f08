"use client";

import { useActionState } from "react";
import { Star } from "lucide-react";
import { Alert, FormAlert } from "@/components/ui/Alert";
import { Field, FieldError, labelClass } from "@/components/ui/Field";
import { Textarea } from "@/components/ui/Input";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { initialActionState, type FormAction } from "@/lib/actions/result";

export interface RateLabels {
  title: string;
  legend: string;
  stars: [string, string, string, string, string];
  review: string;
  reviewHint: string;
  recommend: string;
  submit: string;
  submitting: string;
  thanks: string;
}

/** "Rate doctor" after a completed appointment: 1-5 stars, an optional review, would recommend. */
export function RateForm({
  appointmentId,
  doctorId,
  action,
  labels,
}: {
  appointmentId: string;
  doctorId: string;
  action: FormAction;
  labels: RateLabels;
}) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  if (state?.ok) return <Alert tone="success">{labels.thanks}</Alert>;
  const ratingId = `rating-${appointmentId}`;
  const errors = state?.fieldErrors ?? {};
  return (
    <form action={formAction} className="space-y-3 rounded-lg border border-slate-200 p-3">
      <input type="hidden" name="id" value={appointmentId} />
      <input type="hidden" name="doctorId" value={doctorId} />
      <h2 className="font-semibold text-slate-900">{labels.title}</h2>
      <FormAlert state={state} />
      <fieldset aria-describedby={errors.rating ? `${ratingId}-error` : undefined}>
        <legend className={labelClass}>{labels.legend}</legend>
        <div className="mt-1 flex flex-row-reverse justify-end gap-1">
          {/* Reversed so "every star up to the hovered/checked one" can be styled with sibling selectors. */}
          {[5, 4, 3, 2, 1].map((n) => (
            <label
              key={n}
              className="peer relative cursor-pointer text-slate-300 peer-hover:text-amber-500 hover:text-amber-500 has-checked:text-amber-500 has-focus-visible:outline-3 has-focus-visible:outline-brand-600 peer-has-checked:text-amber-500"
            >
              <input
                type="radio"
                name="rating"
                value={n}
                required
                aria-label={labels.stars[n - 1]}
                className="absolute inset-0 size-full cursor-pointer appearance-none opacity-0"
              />
              <Star aria-hidden="true" className="size-8 fill-current" />
            </label>
          ))}
        </div>
        <FieldError id={ratingId} message={errors.rating} />
      </fieldset>
      <Field
        id={`review-${appointmentId}`}
        label={labels.review}
        hint={labels.reviewHint}
        error={errors.review}
      >
        {(control) => <Textarea {...control} name="review" rows={3} maxLength={2000} />}
      </Field>
      <label className="flex items-center gap-2 text-sm text-slate-800">
        <input type="checkbox" name="wouldRecommend" className="size-4 accent-brand-700" />
        {labels.recommend}
      </label>
      <SubmitButton pending={pending} pendingText={labels.submitting}>
        {labels.submit}
      </SubmitButton>
    </form>
  );
}
