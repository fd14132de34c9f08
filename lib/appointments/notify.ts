import "server-only";
import { eq } from "drizzle-orm";
import { db, type Queryable } from "@/db/client";
import { notifications, users } from "@/db/schema";
import { env } from "@/lib/env";
import { sendTemplate } from "@/lib/email/send";
import { notificationText, type NotificationKey } from "@/lib/notifications/render";
import { defer } from "@/lib/tasks/defer";
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
 * In-app notices about an appointment, written in the caller's transaction so they exist exactly
 * when the change does; stored as a message key + parameters, rendered in the reader's locale. `to` says who hears of it (the actor usually tells only the other side).
 */
export async function notifyParticipants(
  on: Queryable,
  event: AppointmentEvent,
  notice: AppointmentNotice,
  to: { patientUserId?: number; doctorUserId?: number },
  rebooking?: Rebooking,
): Promise<void> {
  const link = `/appointments/${notice.uuid}`;
  const keyFor = (forDoctor: boolean) =>
    event === "cancelled" && rebooking && !forDoctor
      ? cancelledByDoctor
      : keys[event][forDoctor ? "doctor" : "patient"];
  const rows = [
    ...(to.patientUserId !== undefined ? [{ userId: to.patientUserId, forDoctor: false }] : []),
    ...(to.doctorUserId !== undefined ? [{ userId: to.doctorUserId, forDoctor: true }] : []),
  ].map(({ userId, forDoctor }) => ({
    userId,
    type: "appointment" as const,
    ...notificationText(keyFor(forDoctor), paramsOf(notice, forDoctor, rebooking)),
    link: rebooking && !forDoctor ? `/doctors/${rebooking.doctorUuid}/book` : link,
    priority: ["cancelled", "declined", "expired"].includes(event)
      ? ("high" as const)
      : ("medium" as const),
  }));
  if (rows.length > 0) await on.insert(notifications).values(rows);
}

/** The public origin for links in mails: APP_URL, else what the request came to. */
export function mailOrigin(requestOrigin?: string): string {
  if (env.APP_URL) return new URL(env.APP_URL).origin;
  return requestOrigin ?? "http://localhost:3000";
}

/** Mails the patient about the appointment after the response (never slows or fails the request). */
export function mailPatient(
  event: AppointmentEvent,
  patientUserId: number,
  notice: AppointmentNotice,
  origin?: string,
  rebooking?: Rebooking,
): void {
  defer(async () => {
    const [patient] = await db
      .select({ email: users.email, name: users.fullName, locale: users.locale })
      .from(users)
      .where(eq(users.id, patientUserId))
      .limit(1);
    if (!patient) return;
    await sendTemplate(
      patient.email,
      `appointment_${event}`,
      patient.locale === "hi" ? "hi" : "en",
      {
        name: patient.name,
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
    );
  });
}
