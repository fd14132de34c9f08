import "server-only";
import type { Queryable } from "@/db/client";
import { mailOrigin } from "@/lib/appointments/notify";
import type { LabBookingEmailData } from "@/lib/email/types";
import { notify } from "@/lib/notifications/notify";
import type { NotificationKey } from "@/lib/notifications/render";

/** What a patient is told about: the booking itself and every status change. */
export type LabEvent = LabBookingEmailData["event"];

/** The facts a notice about a booking needs. */
export interface LabNotice {
  uuid: string;
  userId: number;
  tests: string[];
  date: string;
  time: string;
  bookingType: "home_collection" | "lab_visit";
}

const keyOf: Record<LabEvent, NotificationKey> = {
  booked: "labBooked",
  sample_collected: "labSampleCollected",
  processing: "labProcessing",
  report_ready: "labReportReady",
  cancelled: "labCancelled",
};

/** The booking's page: where every notice and mail about it leads. */
export const labBookingPath = (uuid: string) => `/lab-tests/bookings/${uuid}`;

/**
 * The patient's notice (inbox, and mail, SMS and push as they allow), in the caller's transaction
 * (it exists exactly when the change does); the mail's link is built on `origin`.
 */
export async function notifyLabPatient(
  on: Queryable,
  event: LabEvent,
  n: LabNotice,
  origin?: string,
): Promise<void> {
  const tests = n.tests.join(", ");
  const time = n.time.slice(0, 5);
  await notify(on, {
    userId: n.userId,
    event: event === "report_ready" ? "lab_report_ready" : "lab_booking_status",
    key: keyOf[event],
    params: { tests, date: n.date, time, mode: n.bookingType },
    link: labBookingPath(n.uuid),
    priority: event === "report_ready" ? "high" : "medium",
    email: {
      template: "lab_booking_update",
      data: {
        url: `${mailOrigin(origin)}${labBookingPath(n.uuid)}`,
        event,
        tests,
        date: n.date,
        time,
      },
    },
  });
}
