"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { Check } from "lucide-react";
import { Button } from "@/components/ui/Button";
import { cardClass } from "@/components/ui/Card";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { initialActionState, type ActionState, type FormAction } from "@/lib/actions/result";
import {
  fieldStep,
  MAX_COMPLAINT,
  MAX_SYMPTOMS,
  type BookingLabels,
  type ModeOption,
} from "./booking-types";
import { ModeStep } from "./ModeStep";
import { ReviewStep } from "./ReviewStep";
import { DateRadios, TimeRadios, slotsOf } from "./SlotPicker";
import { StepProgress } from "./StepProgress";
import type { DayOption, Mode } from "./strip";
import { SymptomsStep } from "./SymptomsStep";

export type { BookingLabels, ModeOption } from "./booking-types";

/**
 * The booking stepper (#8): type -> date -> time -> symptoms -> review -> Confirm. One form, every
 * step rendered (hidden when not current) so nothing typed is lost; the final submit posts to the
 * server action. A 409 puts the user back on the time step with fresh slots.
 */
export function BookingFlow({
  action,
  idempotencyKey,
  doctorId,
  modes,
  days,
  initial,
  summary,
  labels,
  symptomCheckId,
}: {
  action: FormAction;
  /** Minted by the page per render: every submit of this form carries it (see the action). */
  idempotencyKey: string;
  doctorId: string;
  modes: ModeOption[];
  days: DayOption[];
  initial: { type: Mode | null; date: string | null; time: string | null };
  summary: { doctor: string; specialty: string; clinic: string | null };
  labels: BookingLabels;
  /** A symptom check of the patient's to share with the doctor (the page shows its summary). */
  symptomCheckId?: string;
}) {
  const router = useRouter();
  const [mode, setMode] = useState<Mode | null>(
    initial.type ?? (modes.length === 1 ? modes[0]!.value : null),
  );
  const [date, setDate] = useState(initial.date ?? "");
  const [time, setTime] = useState(initial.time ?? "");
  const [symptoms, setSymptoms] = useState("");
  const [complaint, setComplaint] = useState("");
  const [step, setStep] = useState(() => (initial.date && initial.time && mode ? 3 : mode ? 1 : 0));
  const heading = useRef<HTMLHeadingElement>(null);

  // After a failed submit: fresh slots from the server (a 409 means ours was just taken) and the
  // step of the first field in error. (A success redirects and never returns here.)
  const [state, formAction, pending] = useActionState(async (prev: ActionState, form: FormData) => {
    const result = await action(prev, form);
    if (result && !result.ok) {
      router.refresh();
      if (result.code === "conflict") {
        setTime("");
        setStep(2);
      } else {
        const first = Object.keys(result.fieldErrors ?? {})
          .map((f) => fieldStep[f])
          .filter((x) => x !== undefined)
          .sort()[0];
        if (first !== undefined) setStep(first);
      }
    }
    return result;
  }, initialActionState);

  const day = days.find((d) => d.date === date);
  const dateOk = slotsOf(day, mode).length > 0;
  const timeOk = dateOk && slotsOf(day, mode).some((s) => s.time === time);
  const canContinue = [
    mode !== null,
    dateOk,
    timeOk,
    complaint.length <= MAX_COMPLAINT && symptoms.length <= MAX_SYMPTOMS,
    true,
  ][step];
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const slotError =
    state && !state.ok && state.code === "conflict"
      ? labels.slotTaken
      : (errors.time ?? errors.date);

  // Moving between steps puts focus on the new step's heading (not on first render).
  const shownStep = useRef(step);
  useEffect(() => {
    if (shownStep.current === step) return;
    shownStep.current = step;
    heading.current?.focus();
  }, [step]);

  const chosenMode = modes.find((m) => m.value === mode);
  const chosenSlot = slotsOf(day, mode).find((s) => s.time === time);

  return (
    <form action={formAction} noValidate className="space-y-4">
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <input type="hidden" name="doctorId" value={doctorId} />
      <input type="hidden" name="consultationType" value={mode ?? ""} />
      <input type="hidden" name="date" value={date} />
      <input type="hidden" name="time" value={time} />
      {symptomCheckId ? <input type="hidden" name="symptomCheckId" value={symptomCheckId} /> : null}

      <StepProgress steps={labels.steps} current={step} label={labels.progress} />

      <div className={cardClass}>
        <h2
          ref={heading}
          tabIndex={-1}
          className="mb-3 text-lg font-semibold text-slate-900 focus:outline-none"
        >
          <span className="block text-xs font-medium text-slate-500">{labels.stepOf[step]}</span>
          {labels.steps[step]}
        </h2>

        <div hidden={step !== 0}>
          <ModeStep
            modes={modes}
            value={mode}
            onChange={(m) => {
              setMode(m);
              setTime("");
            }}
            legend={labels.typeLegend}
            error={errors.consultationType}
          />
        </div>

        <div hidden={step !== 1}>
          <DateRadios
            days={days}
            mode={mode}
            value={date}
            onChange={(d) => {
              setDate(d);
              setTime("");
            }}
            legend={labels.dateLegend}
            fullSuffix={labels.dayFull}
            name="pickDate"
          />
        </div>

        <div hidden={step !== 2}>
          <TimeRadios
            day={day}
            mode={mode}
            value={time}
            onChange={setTime}
            legend={day ? `${labels.timeLegend} · ${day.long}` : labels.timeLegend}
            empty={labels.noTimes}
            error={slotError}
            name="pickTime"
          />
        </div>

        <div hidden={step !== 3}>
          <SymptomsStep
            complaint={complaint}
            onComplaint={setComplaint}
            symptoms={symptoms}
            onSymptoms={setSymptoms}
            errors={errors}
            labels={labels}
          />
        </div>

        <div hidden={step !== 4}>
          <ReviewStep
            summary={summary}
            when={chosenSlot?.label}
            mode={mode}
            chosenMode={chosenMode}
            complaint={complaint}
            error={
              state && !state.ok && !slotError && !Object.keys(errors).some((f) => f in fieldStep)
                ? state.message
                : undefined
            }
            labels={labels.review}
          />
        </div>
      </div>

      <div className="sticky bottom-[calc(3.5rem+env(safe-area-inset-bottom))] z-10 -mx-4 flex gap-3 border-t border-slate-200 bg-white/95 px-4 py-3 backdrop-blur md:static md:mx-0 md:border-0 md:bg-transparent md:p-0">
        {step > 0 ? (
          <Button variant="secondary" onClick={() => setStep(step - 1)}>
            {labels.back}
          </Button>
        ) : null}
        {/* Distinct keys: React must not turn the clicked "Continue" into the submit button while
            the click is still being handled (the browser would then submit the form). */}
        {step < 4 ? (
          <Button
            key="next"
            disabled={!canContinue}
            onClick={() => setStep(step + 1)}
            className="flex-1"
          >
            {labels.next}
          </Button>
        ) : (
          <SubmitButton
            key="confirm"
            pending={pending}
            disabled={!timeOk}
            pendingText={labels.confirming}
            className="flex-1"
          >
            <Check aria-hidden="true" className="size-4" />
            {mode ? labels.confirm[mode] : labels.next}
          </SubmitButton>
        )}
      </div>
    </form>
  );
}
