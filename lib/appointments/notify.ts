import "server-only";
import type { Queryable } from "@/db/client";
import { env } from "@/lib/env";
import { notify, type NoticeMail, type NotifyInput } from "@/lib/notifications/notify";
import type { NotificationKey } from "@/lib/notifications/render";
import type { AppointmentViewRow } from "./mappers";

export type AppointmentEvent =
  "booked" | "requested" | "cancelled" | "rescheduled" | "confirmed" | "declined" | "expired";

/** What a patient notice adds when the appointment is gone: the reason and where to book again. */
export interface Rebooking {
  reason?: string | null;
  /** The doctor's next free slots ("YYYY-MM-DD HH:MM"), at most a few. */
  nextSlots: string[];
  doctorUuid: string;
}

/** What a notice says about one appointment. */
export interface AppointmentNotice {
  uuid: string;
  date: string;
  time: string;
  consultationType: "online" | "offline";
  doctorName: string;
  patientName: string;
}

/** The notice of one appointment row with its two names. */
export function noticeOf(
  row: Pick<AppointmentViewRow, "uuid" | "date" | "time" | "consultationType">,
  doctorName: string,
  patientName: string,
): AppointmentNotice {
  return {
    uuid: row.uuid,
    date: row.date,
    time: row.time,
    consultationType: row.consultationType,
    doctorName,
    patientName,
  };
}

const hhmm = (time: string) => time.slice(0, 5);

const keys: Record<AppointmentEvent, { patient: NotificationKey; doctor: NotificationKey }> = {
  booked: { patient: "appointmentBookedPatient", doctor: "appointmentBookedDoctor" },
  requested: { patient: "appointmentRequestedPatient", doctor: "appointmentRequestedDoctor" },
  cancelled: { patient: "appointmentCancelled", doctor: "appointmentCancelled" },
  rescheduled: { patient: "appointmentRescheduled", doctor: "appointmentRescheduled" },
  confirmed: { patient: "appointmentConfirmed", doctor: "appointmentConfirmed" },
  declined: { patient: "appointmentDeclined", doctor: "appointmentDeclined" },
  expired: { patient: "appointmentExpired", doctor: "appointmentExpired" },
};

/** The doctor cancelling (with a reason and the next free slots) reads differently. */
const cancelledByDoctor: NotificationKey = "appointmentCancelledByDoctor";

/** The message parameters of a notice, as its reader sees it (the other side's name). */
function paramsOf(n: AppointmentNotice, forDoctor: boolean, rebooking?: Rebooking) {
  return {
    other: forDoctor ? n.patientName : n.doctorName,
    mode: n.consultationType,
    date: n.date,
    time: hhmm(n.time),
    ...(rebooking
      ? {
          reason: rebooking.reason ?? "",
          slots: rebooking.nextSlots.length > 0 ? rebooking.nextSlots.join(", ") : "none",
        }
      : {}),
  };
}

/**
 * Notices about an appointment (inbox, and mail, SMS and push as each person allows), written in
 * the caller's transaction so they exist exactly when the change does; stored as a message key +
 * parameters, rendered in the reader's locale. `to` says who hears of it; the patient's notice
 * carries the appointment mail (links built on `origin`).
 */
export async function notifyParticipants(
  on: Queryable,
  event: AppointmentEvent,
  notice: AppointmentNotice,
  to: { patientUserId?: number; doctorUserId?: number },
  rebooking?: Rebooking,
  origin?: string,
): Promise<void> {
  const keyFor = (forDoctor: boolean) =>
    event === "cancelled" && rebooking && !forDoctor
      ? cancelledByDoctor
      : keys[event][forDoctor ? "doctor" : "patient"];
  const linkFor = (forDoctor: boolean) =>
    rebooking && !forDoctor
      ? `/doctors/${rebooking.doctorUuid}/book`
      : `/appointments/${notice.uuid}`;
  const priority = ["cancelled", "declined", "expired"].includes(event) ? "high" : "medium";
  const inputs: NotifyInput[] = [
    ...(to.patientUserId !== undefined ? [{ userId: to.patientUserId, forDoctor: false }] : []),
    ...(to.doctorUserId !== undefined ? [{ userId: to.doctorUserId, forDoctor: true }] : []),
  ].map(({ userId, forDoctor }) => ({
    userId,
    event: `appointment_${event}` as const,
    key: keyFor(forDoctor),
    params: paramsOf(notice, forDoctor, rebooking),
    link: linkFor(forDoctor),
    priority,
    ...(forDoctor ? {} : { email: patientMail(event, notice, origin, rebooking) }),
  }));
  await notify(on, inputs);
}

/** The mail that repeats a patient's notice. */
function patientMail(
  event: AppointmentEvent,
  notice: AppointmentNotice,
  origin?: string,
  rebooking?: Rebooking,
): NoticeMail {
  return {
    template: `appointment_${event}`,
    data: {
      doctorName: notice.doctorName,
      date: notice.date,
      time: hhmm(notice.time),
      mode: notice.consultationType,
      url: rebooking
        ? `${mailOrigin(origin)}/doctors/${rebooking.doctorUuid}/book`
        : `${mailOrigin(origin)}/appointments/${notice.uuid}`,
      ...(rebooking
        ? { reason: rebooking.reason ?? undefined, nextSlots: rebooking.nextSlots }
        : {}),
    },
  };
}

/** The public origin for links in mails: APP_URL, else what the request came to. */
export function mailOrigin(requestOrigin?: string): string {
  if (env.APP_URL) return new URL(env.APP_URL).origin;
  return requestOrigin ?? "http://localhost:3000";
}
