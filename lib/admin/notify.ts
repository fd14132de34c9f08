import "server-only";
import type { Queryable } from "@/db/client";
import { mailOrigin } from "@/lib/appointments/notify";
import { notify } from "@/lib/notifications/notify";

/** Where an applicant reads and answers the decision on their application (D1). */
export const applicationLink = "/doctor/onboarding";

/**
 * The applicant's notice of a decision (inbox and mail, as they allow), in the caller's
 * transaction (it exists exactly when the change does).
 */
export async function notifyApplicant(
  on: Queryable,
  userId: number,
  decision: { verified: true } | { verified: false; reason: string },
): Promise<void> {
  const url = `${mailOrigin()}${applicationLink}`;
  await notify(on, {
    userId,
    event: "doctor_verification",
    ...(decision.verified
      ? { key: "doctorVerified", params: {}, email: { template: "doctor_verified", data: { url } } }
      : {
          key: "doctorRejected",
          params: { reason: decision.reason },
          email: { template: "doctor_rejected", data: { url, reason: decision.reason } },
        }),
    link: applicationLink,
    priority: "high",
  });
}
