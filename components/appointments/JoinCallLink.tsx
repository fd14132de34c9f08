import { Video } from "lucide-react";
import type { AppointmentDto } from "@/lib/appointments/schemas";
import { buttonClass } from "@/components/ui/button-styles";

/**
 * "Join video call" for patient and doctor alike, only while the call is open (`canJoin`). It goes
 * through /appointments/<id>/join, which checks the window again, and opens in a new tab so the
 * appointment page stays put.
 */
export function JoinCallLink({
  appointment,
  label,
}: {
  appointment: Pick<AppointmentDto, "id" | "canJoin">;
  label: string;
}) {
  if (!appointment.canJoin) return null;
  return (
    <a
      href={`/appointments/${appointment.id}/join`}
      target="_blank"
      rel="noopener noreferrer"
      className={buttonClass("primary")}
    >
      <Video aria-hidden="true" className="size-4" />
      {label}
    </a>
  );
}
