import Link from "next/link";
import { CalendarClock, CalendarPlus } from "lucide-react";
import type { FormAction } from "@/lib/actions/result";
import type { AppointmentDto } from "@/lib/appointments/schemas";
import { CancelForm, type CancelCopy } from "./CancelForm";
import { JoinCallLink } from "./JoinCallLink";
import { buttonClass } from "@/components/ui/button-styles";

/** Join (only when the call is open), add to calendar, reschedule, cancel: whatever the flags allow. */
export function AppointmentActions({
  appointment,
  cancelAction,
  copy,
  refundNote,
}: {
  appointment: AppointmentDto;
  /** The cancel server action (the page hands it down). */
  cancelAction: FormAction;
  /** The page's copyOf("Appointments").actions. */
  copy: CancelCopy;
  /** What cancelling would refund, with the refund policy (lib/payments). */
  refundNote?: string[];
}) {
  if (!appointment.upcoming) return null;
  const base = `/api/v1/appointments/${appointment.id}`;
  return (
    <div className="flex flex-wrap items-start gap-2">
      <JoinCallLink appointment={appointment} label={copy.join} />
      <a href={`${base}/calendar.ics`} download className={buttonClass("secondary")}>
        <CalendarPlus aria-hidden="true" className="size-4" />
        {copy.calendar}
      </a>
      {appointment.canReschedule ? (
        <Link
          href={`/appointments/${appointment.id}/reschedule`}
          prefetch={false}
          className={buttonClass("secondary")}
        >
          <CalendarClock aria-hidden="true" className="size-4" />
          {copy.reschedule}
        </Link>
      ) : null}
      {appointment.canCancel ? (
        <CancelForm
          appointmentId={appointment.id}
          action={cancelAction}
          copy={copy}
          refundNote={refundNote}
        />
      ) : null}
    </div>
  );
}
