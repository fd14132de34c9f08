import "server-only";
import { eq } from "drizzle-orm";
import { db, type Queryable } from "@/db/client";
import { notifications, users } from "@/db/schema";
import { mailOrigin } from "@/lib/appointments/notify";
import { sendTemplate } from "@/lib/email/send";
import { notificationText, type NotificationKey } from "@/lib/notifications/render";
import { defer } from "@/lib/tasks/defer";

/** Where an applicant reads and answers the decision on their application (D1). */
export const applicationLink = "/doctor/onboarding";

/** The in-app notice of a decision, in the caller's transaction (it exists exactly when the change does). */
export async function notifyApplicant(
  on: Queryable,
  userId: number,
  key: Extract<NotificationKey, "doctorVerified" | "doctorRejected">,
  params: Record<string, string>,
): Promise<void> {
  await on.insert(notifications).values({
    userId,
    type: "general",
    ...notificationText(key, params),
    link: applicationLink,
    priority: "high",
  });
}

/** Mails the applicant after the response (never slows or fails the decision). */
export function mailApplicant(
  userId: number,
  template: "doctor_verified" | "doctor_rejected",
  reason?: string,
): void {
  defer(async () => {
    const [user] = await db
      .select({ email: users.email, name: users.fullName, locale: users.locale })
      .from(users)
      .where(eq(users.id, userId))
      .limit(1);
    if (!user) return;
    await sendTemplate(user.email, template, user.locale === "hi" ? "hi" : "en", {
      name: user.name,
      url: `${mailOrigin()}${applicationLink}`,
      ...(reason ? { reason } : {}),
    });
  });
}
