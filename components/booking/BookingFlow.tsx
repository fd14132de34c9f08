"use client";

import { useActionState, useEffect, useRef, useState, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { Building2, Check, CircleAlert, LoaderCircle, Video } from "lucide-react";
import { buttonClass, cardClass, inputClass, labelClass } from "@/components/appointments/styles";
import { DateRadios, TimeRadios, slotsOf } from "./SlotPicker";
import type { DayOption, Mode } from "./strip";
import type { BookingAction, FormResult } from "./types";

export interface ModeOption {
  value: Mode;
  title: string;
  price: string;
  hint: string;
}

export interface BookingLabels {
  steps: [string, string, string, string, string];
  stepOf: [string, string, string, string, string];
  progress: string;
  typeLegend: string;
  dateLegend: string;
  dayFull: string;
  timeLegend: string;
  noTimes: string;
  symptoms: string;
  symptomsHint: string;
  chiefComplaint: string;
  chiefComplaintHint: string;
  charsLeft: string;
  review: {
    doctor: string;
    when: string;
    mode: string;
    clinic: string;
    amount: string;
    note: string;
    complaint: string;
  };
  next: string;
  back: string;
  confirm: Record<Mode, string>;
  confirming: string;
  slotTaken: string;
}

/** Chief complaint: the schema's 500; symptoms: 1000 here (the schema allows 2000 for the API). */
const MAX_COMPLAINT = 500;
const MAX_SYMPTOMS = 1000;
const fieldStep: Record<string, number> = {
  consultationType: 0,
  date: 1,
  time: 2,
  symptoms: 3,
  chiefComplaint: 3,
};

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
}: {
  action: BookingAction;
  /** Minted by the page per render: every submit of this form carries it (see the action). */
  idempotencyKey: string;
  doctorId: string;
  modes: ModeOption[];
  days: DayOption[];
  initial: { type: Mode | null; date: string | null; time: string | null };
  summary: { doctor: string; specialty: string; clinic: string | null };
  labels: BookingLabels;
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
  const [state, formAction, pending] = useActionState<FormResult | null, FormData>(
    async (prev, form) => {
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
    },
    null,
  );

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

      <nav aria-label={labels.progress}>
        <ol className="grid grid-cols-5 gap-1">
          {labels.steps.map((name, i) => (
            <li key={name} aria-current={i === step ? "step" : undefined} className="min-w-0">
              <span
                className={`block h-1.5 rounded-full ${i <= step ? "bg-brand-700" : "bg-slate-200"}`}
              />
              <span
                className={`mt-1 block truncate text-xs ${i === step ? "font-semibold text-slate-900" : "text-slate-500"}`}
              >
                {name}
              </span>
            </li>
          ))}
        </ol>
      </nav>

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
          <fieldset className="min-w-0">
            <legend className="sr-only">{labels.typeLegend}</legend>
            <div className="grid gap-3 sm:grid-cols-2">
              {modes.map((m) => (
                <label
                  key={m.value}
                  className="relative flex cursor-pointer gap-3 rounded-xl border border-slate-300 p-4 has-checked:border-brand-700 has-checked:bg-brand-50 has-checked:ring-1 has-checked:ring-brand-700 has-focus-visible:outline-3 has-focus-visible:outline-brand-600"
                >
                  <input
                    type="radio"
                    name="mode"
                    value={m.value}
                    checked={mode === m.value}
                    onChange={() => {
                      setMode(m.value);
                      setTime("");
                    }}
                    className="absolute inset-0 size-full cursor-pointer appearance-none opacity-0 disabled:cursor-not-allowed"
                  />
                  <span
                    aria-hidden="true"
                    className="grid size-10 shrink-0 place-items-center rounded-full bg-brand-100 text-brand-800"
                  >
                    {m.value === "online" ? (
                      <Video className="size-5" />
                    ) : (
                      <Building2 className="size-5" />
                    )}
                  </span>
                  <span className="min-w-0">
                    <span className="block font-semibold text-slate-900">
                      {m.title} · {m.price}
                    </span>
                    <span className="block text-sm text-slate-600">{m.hint}</span>
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
          {errors.consultationType ? (
            <p className="mt-2 text-sm font-medium text-red-700">{errors.consultationType}</p>
          ) : null}
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

        <div hidden={step !== 3} className="space-y-4">
          <TextArea
            id="chiefComplaint"
            label={labels.chiefComplaint}
            hint={labels.chiefComplaintHint}
            value={complaint}
            onChange={setComplaint}
            error={errors.chiefComplaint}
            left={labels.charsLeft}
            rows={2}
            max={MAX_COMPLAINT}
          />
          <TextArea
            id="symptoms"
            label={labels.symptoms}
            hint={labels.symptomsHint}
            value={symptoms}
            onChange={setSymptoms}
            error={errors.symptoms}
            left={labels.charsLeft}
            rows={4}
            max={MAX_SYMPTOMS}
          />
        </div>

        <div hidden={step !== 4}>
          <dl className="divide-y divide-slate-100 text-sm">
            <Row term={labels.review.doctor}>
              {summary.doctor} · {summary.specialty}
            </Row>
            <Row term={labels.review.when}>{chosenSlot?.label ?? "—"}</Row>
            <Row term={labels.review.mode}>{chosenMode?.title ?? "—"}</Row>
            {mode === "offline" && summary.clinic ? (
              <Row term={labels.review.clinic}>{summary.clinic}</Row>
            ) : null}
            {complaint ? <Row term={labels.review.complaint}>{complaint}</Row> : null}
            <Row term={labels.review.amount}>
              <span className="text-base font-bold">{chosenMode?.price ?? "—"}</span>
            </Row>
          </dl>
          <p className="mt-3 text-sm text-slate-600">{labels.review.note}</p>
          {/* Errors no step shows beside a field (e.g. a refused idempotency key) show here. */}
          {state && !state.ok && !slotError && !Object.keys(errors).some((f) => f in fieldStep) ? (
            <p
              role="alert"
              className="mt-3 flex items-start gap-2 rounded-lg bg-red-50 p-3 text-sm font-medium text-red-800"
            >
              <CircleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
              {state.message}
            </p>
          ) : null}
        </div>
      </div>

      <div className="sticky bottom-[calc(3.5rem+env(safe-area-inset-bottom))] z-10 -mx-4 flex gap-3 border-t border-slate-200 bg-white/95 px-4 py-3 backdrop-blur md:static md:mx-0 md:border-0 md:bg-transparent md:p-0">
        {step > 0 ? (
          <button
            type="button"
            onClick={() => setStep(step - 1)}
            className={buttonClass("secondary")}
          >
            {labels.back}
          </button>
        ) : null}
        {/* Distinct keys: React must not turn the clicked "Continue" into the submit button while
            the click is still being handled (the browser would then submit the form). */}
        {step < 4 ? (
          <button
            key="next"
            type="button"
            disabled={!canContinue}
            onClick={() => setStep(step + 1)}
            className={buttonClass("primary", "flex-1")}
          >
            {labels.next}
          </button>
        ) : (
          <button
            key="confirm"
            type="submit"
            disabled={pending || !timeOk}
            className={buttonClass("primary", "flex-1")}
          >
            {pending ? (
              <LoaderCircle aria-hidden="true" className="size-4 animate-spin" />
            ) : (
              <Check aria-hidden="true" className="size-4" />
            )}
            {pending ? labels.confirming : mode ? labels.confirm[mode] : labels.next}
          </button>
        )}
      </div>
    </form>
  );
}

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="flex flex-wrap justify-between gap-x-4 gap-y-0.5 py-2">
      <dt className="text-slate-600">{term}</dt>
      <dd className="text-right font-medium text-slate-900">{children}</dd>
    </div>
  );
}

function TextArea({
  id,
  label,
  hint,
  value,
  onChange,
  error,
  left,
  rows,
  max,
}: {
  id: string;
  label: string;
  hint: string;
  value: string;
  onChange: (v: string) => void;
  error: string | undefined;
  left: string;
  rows: number;
  max: number;
}) {
  const over = value.length > max;
  return (
    <div>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <p id={`${id}-hint`} className="text-sm text-slate-600">
        {hint}
      </p>
      <textarea
        id={id}
        name={id}
        rows={rows}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error || over ? true : undefined}
        aria-describedby={`${id}-hint ${id}-count${error ? ` ${id}-error` : ""}`}
        className={inputClass}
      />
      <p
        id={`${id}-count`}
        className={`mt-1 text-xs ${over ? "font-semibold text-red-700" : "text-slate-500"}`}
      >
        {left.replace("#", String(max - value.length))}
      </p>
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
