"use client";

import { useActionState } from "react";
import { CircleCheck, LoaderCircle, Star } from "lucide-react";
import { rateDoctorAction } from "@/app/(patient)/appointments/actions";
import type { FormResult } from "@/components/booking/types";
import { FormAlert } from "./FormAlert";
import { buttonClass, inputClass, labelClass } from "./styles";

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
  labels,
}: {
  appointmentId: string;
  doctorId: string;
  labels: RateLabels;
}) {
  const [state, formAction, pending] = useActionState<FormResult | null, FormData>(
    rateDoctorAction,
    null,
  );
  if (state?.ok) {
    return (
      <p
        role="status"
        className="flex items-center gap-2 rounded-lg bg-emerald-50 p-3 text-sm font-medium text-emerald-900"
      >
        <CircleCheck aria-hidden="true" className="size-4" />
        {labels.thanks}
      </p>
    );
  }
  const errors = state?.fieldErrors ?? {};
  return (
    <form action={formAction} className="space-y-3 rounded-lg border border-slate-200 p-3">
      <input type="hidden" name="id" value={appointmentId} />
      <input type="hidden" name="doctorId" value={doctorId} />
      <h2 className="font-semibold text-slate-900">{labels.title}</h2>
      <FormAlert state={state} />
      <fieldset aria-describedby={errors.rating ? "rating-error" : undefined}>
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
        {errors.rating ? (
          <p id="rating-error" className="mt-1 text-sm font-medium text-red-700">
            {errors.rating}
          </p>
        ) : null}
      </fieldset>
      <div>
        <label htmlFor={`review-${appointmentId}`} className={labelClass}>
          {labels.review}
        </label>
        <textarea
          id={`review-${appointmentId}`}
          name="review"
          rows={3}
          maxLength={2000}
          aria-describedby={`review-${appointmentId}-hint`}
          className={inputClass}
        />
        <p id={`review-${appointmentId}-hint`} className="mt-1 text-xs text-slate-600">
          {labels.reviewHint}
        </p>
      </div>
      <label className="flex items-center gap-2 text-sm text-slate-800">
        <input type="checkbox" name="wouldRecommend" className="size-4 accent-brand-700" />
        {labels.recommend}
      </label>
      <button type="submit" disabled={pending} className={buttonClass("primary")}>
        {pending ? <LoaderCircle aria-hidden="true" className="size-4 animate-spin" /> : null}
        {pending ? labels.submitting : labels.submit}
      </button>
    </form>
  );
}
