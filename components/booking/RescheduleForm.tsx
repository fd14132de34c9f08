"use client";

import { useActionState, useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import { CalendarClock, CalendarDays } from "lucide-react";
import { FormAlert } from "@/components/ui/Alert";
import { buttonClass } from "@/components/ui/button-styles";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { cardClass } from "@/components/ui/Card";
import { DateRadios, TimeRadios } from "./SlotPicker";
import type { DayOption, Mode } from "./strip";
import { initialActionState, type FormAction } from "@/lib/actions/result";
import type { Copy } from "@/lib/i18n/read-copy";

/** Its words: the page's copyOf("Appointments").reschedule. */
export type RescheduleCopy = Copy<"Appointments">["reschedule"];

/**
 * Date strip + time grid for a new slot (same mode as before) -> the reschedule action. Two plain
 * forms, so it works without JavaScript: the date strip is a GET form (its "Show times" button,
 * only rendered without script, reloads the page with `?date=`), the time grid posts to the
 * server action. With JavaScript a date shows its times at once.
 */
export function RescheduleForm({
  appointmentId,
  mode,
  days,
  date: shownDate,
  action,
  copy,
}: {
  appointmentId: string;
  /** The reschedule server action (the page hands it down). */
  action: FormAction;
  mode: Mode;
  days: DayOption[];
  /** The day whose times show first (the page's `?date=`, or the first day with a free slot). */
  date: string;
  copy: RescheduleCopy;
}) {
  const router = useRouter();
  const [date, setDate] = useState(shownDate);
  const [time, setTime] = useState("");
  // The server action itself, unwrapped: only a server reference posts without JavaScript.
  const [state, formAction, pending] = useActionState(action, initialActionState);
  useEffect(() => {
    // Fresh slots after a refusal: a 409 means ours was just taken (without JavaScript the
    // re-rendered page has them already).
    if (state && !state.ok) router.refresh();
  }, [state, router]);
  const day = days.find((d) => d.date === date);
  const conflict = state && !state.ok && state.code === "conflict";

  return (
    <div className={`${cardClass} space-y-4`}>
      <form method="get" className="space-y-3">
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
          name="date"
        />
        <noscript>
          <button type="submit" className={buttonClass("secondary")}>
            <CalendarDays aria-hidden="true" className="size-4" />
            {copy.showTimes}
          </button>
        </noscript>
      </form>
      <form action={formAction} className="space-y-4">
        <input type="hidden" name="id" value={appointmentId} />
        <input type="hidden" name="date" value={date} />
        {conflict ? null : <FormAlert state={state} />}
        <TimeRadios
          day={day}
          mode={mode}
          value={time}
          onChange={setTime}
          legend={day ? `${copy.timeLegend} · ${day.long}` : copy.timeLegend}
          empty={copy.noTimes}
          error={conflict ? copy.slotTaken : (state?.fieldErrors?.time ?? state?.fieldErrors?.date)}
          name="time"
        />
        <SubmitButton pending={pending} pendingText={copy.submitting} className="w-full sm:w-auto">
          <CalendarClock aria-hidden="true" className="size-4" />
          {copy.submit}
        </SubmitButton>
      </form>
    </div>
  );
}
