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
import type { Copy } from "@/lib/i18n/read-copy";

/** Its words: the page's copyOf("Appointments").reschedule. */
export type RescheduleCopy = Copy<"Appointments">["reschedule"];

/** Date strip + time grid for a new slot (same mode as before) -> the reschedule action. */
export function RescheduleForm({
  appointmentId,
  mode,
  days,
  action,
  copy,
}: {
  appointmentId: string;
  /** The reschedule server action (the page hands it down). */
  action: FormAction;
  mode: Mode;
  days: DayOption[];
  copy: RescheduleCopy;
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
        legend={copy.dateLegend}
        fullSuffix={copy.dayFull}
        name="pickDate"
      />
      <TimeRadios
        day={day}
        mode={mode}
        value={time}
        onChange={setTime}
        legend={day ? `${copy.timeLegend} · ${day.long}` : copy.timeLegend}
        empty={copy.noTimes}
        error={conflict ? copy.slotTaken : (state?.fieldErrors?.time ?? state?.fieldErrors?.date)}
        name="pickTime"
      />
      <SubmitButton
        pending={pending}
        disabled={!timeOk}
        pendingText={copy.submitting}
        className="w-full sm:w-auto"
      >
        <CalendarClock aria-hidden="true" className="size-4" />
        {copy.submit}
      </SubmitButton>
    </form>
  );
}
