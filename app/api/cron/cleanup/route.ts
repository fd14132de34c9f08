import { purgeDeadBrowserSessions } from "@/lib/auth/browser-sessions";
import { purgeExpiredOtps } from "@/lib/auth/otp/store";
import { cronRoute } from "@/lib/cron/cron-route";
import { purgeExpiredIdempotencyKeys } from "@/lib/idempotency";
import { retryRequestedRefunds } from "@/lib/payments/refunds";
import { purgeAbandonedGuestChecks } from "@/lib/symptom-checks/service";

export const dynamic = "force-dynamic";

/**
 * Daily: forget Idempotency-Keys past their 24 h (they hold stored responses) and browser
 * sessions that can never act again (signed out, expired or idle past every timeout), and
 * signed-out symptom checks abandoned in progress for more than 24 h, and texted codes past their
 * 5 minutes (with the numbers they went to); and ask the payment provider again for refunds it
 * did not accept when a cancellation asked for them.
 */
export const GET = cronRoute("cleanup", async (now) => ({
  idempotencyKeysPurged: await purgeExpiredIdempotencyKeys(),
  browserSessionsPurged: await purgeDeadBrowserSessions(now),
  phoneCodesPurged: await purgeExpiredOtps(now),
  guestSymptomChecksPurged: await purgeAbandonedGuestChecks(now),
  ...(await retryRequestedRefunds()),
}));
