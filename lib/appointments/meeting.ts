import "server-only";
import { createHmac } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { authSecret } from "@/lib/auth/secret";
import { AppError } from "@/lib/errors";
import { buildCalendar } from "./ics";
import { factsOf } from "./mappers";
import { mailOrigin } from "./notify";
import { canJoin, joinWindow } from "./policy";
import { appointmentNotFound, findAppointmentContext, findAppointmentView } from "./queries";
import type { MeetingLinkDto } from "./schemas";

/**
 * The video room of an appointment: 128 bits of HMAC-SHA256(auth secret, appointment uuid), so it
 * is stable for both participants, unguessable without the server's secret, and needs no table.
 */
export function meetingRoomName(appointmentUuid: string): string {
  const tag = createHmac("sha256", authSecret())
    .update(`meeting-room:v1:${appointmentUuid}`)
    .digest("hex")
    .slice(0, 32);
  return `SwasthAI-${tag}`;
}

/**
 * The Jitsi Meet link of an online appointment, for its patient or doctor while the room is open
 * (10 min before to 60 min after the start). Offline or someone else's: 404; not open now: 409.
 */
export async function getMeetingLink(
  actor: Actor,
  id: string,
  options: { now?: Date } = {},
): Promise<MeetingLinkDto> {
  const now = options.now ?? new Date();
  const row = await findAppointmentView(actor, id);
  if (!row) throw appointmentNotFound();
  if (row.consultationType !== "online") {
    throw new AppError("not_found", "This is a clinic visit; it has no video room.");
  }
  const facts = factsOf(row);
  const { opensAt, closesAt } = joinWindow(facts);
  if (!canJoin(actor, facts, now)) {
    const why =
      row.status !== "confirmed"
        ? `This appointment is ${row.status}.`
        : now < opensAt
          ? `The room opens at ${opensAt.toISOString()} (10 minutes before the start).`
          : "The consultation's room has closed.";
    throw new AppError("conflict", why);
  }
  return {
    url: `https://meet.jit.si/${meetingRoomName(row.uuid)}`,
    provider: "jitsi",
    opensAt: opensAt.toISOString(),
    closesAt: closesAt.toISOString(),
  };
}

/** The appointment as an .ics file (UTC times) for its patient or doctor. */
export async function getAppointmentCalendar(
  actor: Actor,
  id: string,
  options: { now?: Date; origin?: string } = {},
): Promise<{ filename: string; content: string }> {
  const row = await findAppointmentContext(actor, id);
  if (!row) throw appointmentNotFound();
  const start = factsOf(row).startsAt;
  const end = new Date(start.getTime() + row.durationMinutes * 60_000);
  const online = row.consultationType === "online";
  const clinic = [row.clinicName, row.clinicAddress, row.clinicCity].filter(Boolean).join(", ");
  const url = `${mailOrigin(options.origin)}/appointments/${row.uuid}`;
  const content = buildCalendar({
    uid: `${row.uuid}@swasthai`,
    start,
    end,
    stamp: options.now ?? new Date(),
    summary: `${online ? "Video consultation" : "Clinic visit"}: ${row.doctorName} and ${row.patientName}`,
    description: online
      ? `Join from the appointment page 10 minutes before the start: ${url}`
      : `Please arrive 10 minutes early. Details: ${url}`,
    location: online ? "Online (SwasthAI video)" : clinic || undefined,
    url,
    status: row.status === "cancelled" || row.status === "rejected" ? "CANCELLED" : "CONFIRMED",
  });
  return { filename: `swasthai-appointment-${row.date}.ics`, content };
}
