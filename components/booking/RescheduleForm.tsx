"use client";

import { useActionState, useState } from "react";
import { useRouter } from "next/navigation";
import { CalendarClock } from "lucide-react";
import { FormAlert } from "@/components/ui/Alert";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { cardClass } from "@/components/ui/Card";
import { DateRadios, TimeRadios, slotsOf } from "./SlotPicker";
import type { DayOption, Mode } from "./strip";
import { initialActionState, type ActionState, type FormAction } from "@/lib/actions/result";

export interface RescheduleLabels {
  dateLegend: string;
  dayFull: string;
  timeLegend: string;
  noTimes: string;
  submit: string;
  submitting: string;
  slotTaken: string;
}

/** Date strip + time grid for a new slot (same mode as before) -> the reschedule action. */
export function RescheduleForm({
  appointmentId,
  mode,
  days,
  action,
  labels,
}: {
  appointmentId: string;
  /** The reschedule server action (the page hands it down). */
  action: FormAction;
  mode: Mode;
  days: DayOption[];
  labels: RescheduleLabels;
}) {
  const router = useRouter();
  const [date, setDate] = useState(() => days.find((d) => slotsOf(d, mode).length > 0)?.date ?? "");
  const [time, setTime] = useState("");
  const [state, formAction, pending] = useActionState(async (prev: ActionState, form: FormData) => {
    const result = await action(prev, form);
    if (result && !result.ok) {
      if (result.code === "conflict") setTime("");
      router.refresh(); // fresh slots: a 409 means ours was just taken
    }
    return result;
  }, initialActionState);
  const day = days.find((d) => d.date === date);
  const timeOk = slotsOf(day, mode).some((s) => s.time === time);
  const conflict = state && !state.ok && state.code === "conflict";

  return (
    <form action={formAction} className={`${cardClass} space-y-4`}>
      <input type="hidden" name="id" value={appointmentId} />
      <input type="hidden" name="date" value={date} />
      <input type="hidden" name="time" value={time} />
      {conflict ? null : <FormAlert state={state} />}
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
      <TimeRadios
        day={day}
        mode={mode}
        value={time}
        onChange={setTime}
        legend={day ? `${labels.timeLegend} · ${day.long}` : labels.timeLegend}
        empty={labels.noTimes}
        error={conflict ? labels.slotTaken : (state?.fieldErrors?.time ?? state?.fieldErrors?.date)}
        name="pickTime"
      />
      <SubmitButton
        pending={pending}
        disabled={!timeOk}
        pendingText={labels.submitting}
        className="w-full sm:w-auto"
      >
        <CalendarClock aria-hidden="true" className="size-4" />
        {labels.submit}
      </SubmitButton>
    </form>
  );
}
