import { purgeDeadBrowserSessions } from "@/lib/auth/browser-sessions";
import { cronRoute } from "@/lib/cron/cron-route";
import { purgeExpiredIdempotencyKeys } from "@/lib/idempotency";

export const dynamic = "force-dynamic";

/**
 * Daily: forget Idempotency-Keys past their 24 h (they hold stored responses) and browser
 * sessions that can never act again (signed out, expired or idle past every timeout).
 */
export const GET = cronRoute("cleanup", async (now) => ({
  idempotencyKeysPurged: await purgeExpiredIdempotencyKeys(),
  browserSessionsPurged: await purgeDeadBrowserSessions(now),
}));
