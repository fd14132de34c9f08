"use client";

import { useActionState, useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import Link from "next/link";
import { Check } from "lucide-react";
import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { buttonClass } from "@/components/ui/button-styles";
import { cardClass } from "@/components/ui/Card";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { initialActionState, type FormAction } from "@/lib/actions/result";
import type { BookingLabels, ModeOption } from "./booking-types";
import { ModeStep } from "./ModeStep";
import { ReviewStep } from "./ReviewStep";
import { DateRadios, TimeRadios } from "./SlotPicker";
import { StepProgress } from "./StepProgress";
import { slotsOf, type DayOption } from "./strip";
import { SymptomsStep } from "./SymptomsStep";
import { noticeText } from "./notice-text";
import { resolveWizard, wizardQuery, type Asked, type Step, type Wizard } from "./wizard";

export type { BookingLabels, ModeOption } from "./booking-types";

/** Fields the last step shows beside themselves; any other failure is said above Confirm. */
const LAST_STEP_FIELDS = ["time", "symptoms", "chiefComplaint"];

/**
 * The booking wizard (#8): type -> date -> time -> details and confirm. Each choice step is a GET
 * form on this page's URL and the last step posts to the server action, so without JavaScript
 * the server renders every step from `?type=&date=&time=`. JavaScript only enhances: a choice
 * step is resolved here by the same rules (`resolveWizard`) with no round trip, and the URL
 * follows, so a reload lands on the same step.
 * A refused booking comes back to the last step with its error beside the field (a taken slot:
 * the fresh free times of that day to choose from), what was typed kept.
 */
export function BookingFlow({
  action,
  idempotencyKey,
  doctorId,
  bookPath,
  check,
  modes,
  days,
  asked,
  summary,
  labels,
  symptomCheckId,
}: {
  action: FormAction;
  /** Minted by the page per render: every submit of this form carries it (see the action). */
  idempotencyKey: string;
  doctorId: string;
  /** This page's path: the GET forms' target. */
  bookPath: string;
  /** The `?check=` this page was opened with; every step carries it on. */
  check: string | undefined;
  modes: ModeOption[];
  days: DayOption[];
  asked: Asked;
  summary: { doctor: string; specialty: string; clinic: string | null };
  labels: BookingLabels;
  /** A symptom check of the patient's to share with the doctor (the page shows its summary). */
  symptomCheckId?: string;
}) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const values = state?.values ?? {};
  const modeValues = modes.map((m) => m.value);
  const [w, setW] = useState<Wizard>(() => {
    // Without JavaScript a refused booking renders the page anew: what was posted (perhaps a time
    // chosen after a conflict) wins over the URL, and a time in error keeps the last step, where
    // a new one is chosen beside the error.
    const posted = { type: values.consultationType, date: values.date, time: values.time };
    const resolved = resolveWizard(modeValues, days, {
      ...asked,
      ...Object.fromEntries(Object.entries(posted).filter(([, v]) => v)),
    });
    return errors.time && resolved.date ? { ...resolved, step: 3, notice: null } : resolved;
  });
  const [symptoms, setSymptoms] = useState(values.symptoms ?? "");
  const [complaint, setComplaint] = useState(values.chiefComplaint ?? "");
  const heading = useRef<HTMLHeadingElement>(null);

  // Moving between steps puts focus on the new step's heading (not on first render).
  const shownStep = useRef(w.step);
  useEffect(() => {
    if (shownStep.current === w.step) return;
    shownStep.current = w.step;
    heading.current?.focus();
  }, [w.step]);

  function go(next: Wizard) {
    setW(next);
    window.history.replaceState(null, "", bookPath + wizardQuery(next, { step: next.step, check }));
  }
  // With JavaScript a choice step resolves here, exactly as the server would resolve its GET.
  function advance(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next: Asked = {};
    for (const key of ["type", "date", "time", "from"] as const) {
      const v = form.get(key);
      if (typeof v === "string") next[key] = v;
    }
    go(resolveWizard(modeValues, days, next));
  }

  const day = days.find((d) => d.date === w.date);
  const chosenMode = modes.find((m) => m.value === w.mode);
  const slotTaken = Boolean(errors.time);
  const chosenSlot = slotTaken ? undefined : slotsOf(day, w.mode).find((s) => s.time === w.time);
  const general =
    state && !state.ok
      ? (Object.entries(errors).find(([f]) => !LAST_STEP_FIELDS.includes(f))?.[1] ??
        (Object.keys(errors).length === 0 ? state.message : undefined))
      : undefined;
  const backStep = (w.step - 1) as Step;
  const back =
    w.step > 0 ? (
      <Link
        href={bookPath + wizardQuery(w, { step: backStep, check })}
        prefetch={false}
        onClick={(event) => {
          event.preventDefault();
          go({ ...w, step: backStep, notice: null, missing: null });
        }}
        className={buttonClass("secondary")}
      >
        {labels.back}
      </Link>
    ) : null;
  const bar =
    "sticky bottom-[calc(3.5rem+env(safe-area-inset-bottom))] z-10 -mx-4 flex gap-3 border-t border-slate-200 bg-white/95 px-4 py-3 backdrop-blur md:static md:mx-0 md:border-0 md:bg-transparent md:p-0";

  const card = (body: ReactNode) => (
    <div className={cardClass}>
      <h2
        ref={heading}
        tabIndex={-1}
        className="mb-3 text-lg font-semibold text-slate-900 focus:outline-none"
      >
        <span className="block text-xs font-medium text-slate-500">{labels.stepOf[w.step]}</span>
        {labels.steps[w.step]}
      </h2>
      {w.notice ? (
        <p role="status" className="mb-3 rounded-lg bg-amber-50 p-3 text-sm text-amber-900">
          {noticeText(w.notice, labels.notices)}
        </p>
      ) : null}
      {body}
    </div>
  );

  if (w.step < 3) {
    return (
      <form
        key={w.step}
        method="get"
        action={bookPath}
        onSubmit={advance}
        noValidate
        className="space-y-4"
      >
        <StepProgress steps={labels.steps} current={w.step} label={labels.progress} />
        {check ? <input type="hidden" name="check" value={check} /> : null}
        <input type="hidden" name="from" value={w.step} />
        {w.step > 0 && w.mode ? <input type="hidden" name="type" value={w.mode} /> : null}
        {w.step !== 1 && w.date ? <input type="hidden" name="date" value={w.date} /> : null}
        {w.step === 0 && w.time ? <input type="hidden" name="time" value={w.time} /> : null}
        {card(
          w.step === 0 ? (
            <>
              {w.date && w.time ? (
                <p className="mb-3 text-sm text-slate-700">
                  {labels.keptSlot.replace("{when}", `${day?.long ?? w.date}, ${w.time}`)}
                </p>
              ) : null}
              <ModeStep
                modes={modes}
                value={w.mode}
                legend={labels.typeLegend}
                error={w.missing === "type" ? labels.required.type : undefined}
              />
            </>
          ) : w.step === 1 ? (
            <DateRadios
              days={days}
              mode={w.mode}
              value={w.date}
              legend={labels.dateLegend}
              fullSuffix={labels.dayFull}
              error={w.missing === "date" ? labels.required.date : undefined}
            />
          ) : (
            <TimeRadios
              day={day}
              mode={w.mode}
              value={w.time}
              legend={day ? `${labels.timeLegend} · ${day.long}` : labels.timeLegend}
              empty={labels.noTimes}
              error={w.missing === "time" ? labels.required.time : undefined}
            />
          ),
        )}
        <div className={bar}>
          {back}
          <Button type="submit" className="flex-1">
            {labels.next}
          </Button>
        </div>
      </form>
    );
  }

  return (
    <form action={formAction} noValidate className="space-y-4">
      <StepProgress steps={labels.steps} current={w.step} label={labels.progress} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <input type="hidden" name="doctorId" value={doctorId} />
      <input type="hidden" name="consultationType" value={w.mode ?? ""} />
      <input type="hidden" name="date" value={w.date} />
      {slotTaken ? null : <input type="hidden" name="time" value={w.time} />}
      {symptomCheckId ? <input type="hidden" name="symptomCheckId" value={symptomCheckId} /> : null}
      {card(
        <div className="space-y-4">
          <ReviewStep
            summary={summary}
            when={chosenSlot?.label}
            mode={w.mode}
            chosenMode={chosenMode}
            labels={labels.review}
          />
          {slotTaken ? (
            <TimeRadios
              day={day}
              mode={w.mode}
              value={w.time}
              onChange={(time) => setW({ ...w, time })}
              legend={day ? `${labels.timeLegend} · ${day.long}` : labels.timeLegend}
              empty={labels.noTimes}
              error={errors.time}
            />
          ) : null}
          <SymptomsStep
            complaint={complaint}
            onComplaint={setComplaint}
            symptoms={symptoms}
            onSymptoms={setSymptoms}
            errors={errors}
            labels={labels}
          />
          <p className="text-sm text-slate-600">{labels.review.note}</p>
          {general ? <Alert tone="error">{general}</Alert> : null}
        </div>,
      )}
      <div className={bar}>
        {back}
        <SubmitButton pending={pending} pendingText={labels.confirming} className="flex-1">
          <Check aria-hidden="true" className="size-4" />
          {w.mode ? labels.confirm[w.mode] : labels.next}
        </SubmitButton>
      </div>
    </form>
  );
}
