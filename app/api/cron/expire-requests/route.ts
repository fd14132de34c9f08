import { expireStaleRequests } from "@/lib/appointments/service";
import { cronRoute } from "@/lib/cron/cron-route";

export const dynamic = "force-dynamic";

/**
 * Appointment requests the doctor left unanswered until 30 minutes before the slot expire, each
 * patient told once (claim-once). Vercel's free plan runs it daily; the doctor's appointments page
 * also expires their own stale requests whenever it is read.
 */
export const GET = cronRoute("expire-requests", (now) => expireStaleRequests(now));
