import { expireStaleRequests } from "@/lib/appointments/service";
import { cronRoute } from "@/lib/cron/cron-route";
import { cancelUnpaidOnlineOrders } from "@/lib/pharmacy/orders/service/expire";

export const dynamic = "force-dynamic";

/**
 * Appointment requests the doctor left unanswered until 30 minutes before the slot expire, each
 * patient told once (claim-once). Medicine orders to be paid online and still unpaid 30 minutes
 * after placing are cancelled and their stock returned. Vercel's free plan runs it daily; the
 * doctor's appointments page also expires their own stale requests whenever it is read.
 */
export const GET = cronRoute("expire-requests", async (now) => ({
  ...(await expireStaleRequests(now)),
  ...(await cancelUnpaidOnlineOrders(now)),
}));
