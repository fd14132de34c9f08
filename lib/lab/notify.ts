import "server-only";
import { eq } from "drizzle-orm";
import { db, type Queryable } from "@/db/client";
import { notifications, users } from "@/db/schema";
import { mailOrigin } from "@/lib/appointments/notify";
import { sendTemplate } from "@/lib/email/send";
import type { LabBookingEmailData } from "@/lib/email/types";
import { notificationText, type NotificationKey } from "@/lib/notifications/render";
import { defer } from "@/lib/tasks/defer";

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

/** The in-app notice, in the caller's transaction (it exists exactly when the change does). */
export async function notifyLabPatient(
  on: Queryable,
  event: LabEvent,
  n: LabNotice,
): Promise<void> {
  await on.insert(notifications).values({
    userId: n.userId,
    type: "lab_test",
    ...notificationText(keyOf[event], {
      tests: n.tests.join(", "),
      date: n.date,
      time: n.time.slice(0, 5),
      mode: n.bookingType,
    }),
    link: labBookingPath(n.uuid),
    priority: event === "report_ready" ? "high" : "medium",
  });
}

/** Mails the patient after the response (never slows or fails the change). */
export function mailLabPatient(event: LabEvent, n: LabNotice, origin?: string): void {
  defer(async () => {
    const [user] = await db
      .select({ email: users.email, name: users.fullName, locale: users.locale })
      .from(users)
      .where(eq(users.id, n.userId))
      .limit(1);
    if (!user) return;
    await sendTemplate(user.email, "lab_booking_update", user.locale === "hi" ? "hi" : "en", {
      name: user.name,
      url: `${mailOrigin(origin)}${labBookingPath(n.uuid)}`,
      event,
      tests: n.tests.join(", "),
      date: n.date,
      time: n.time.slice(0, 5),
    });
  });
}
