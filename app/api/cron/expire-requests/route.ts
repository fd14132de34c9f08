import { expireStaleRequests } from "@/lib/appointments/service";
import { cronRoute } from "@/lib/cron/cron-route";
import { cancelUnpaidLabBookings } from "@/lib/lab/service";
import { cancelUnpaidOnlineOrders } from "@/lib/pharmacy/orders/service/expire";

export const dynamic = "force-dynamic";

/**
 * Appointment requests the doctor left unanswered until 30 minutes before the slot expire, each
 * patient told once (claim-once). Online medicine orders and lab bookings still unpaid 30 minutes
 * after placing are cancelled, their stock and collection places returned. Vercel's free plan runs
 * it daily; the doctor's appointments page also expires their own stale requests whenever it is
 * read, and the admin order queue cancels stale unpaid orders whenever it is read.
 */
export const GET = cronRoute("expire-requests", async (now) => ({
  ...(await expireStaleRequests(now)),
  labBookingsCancelled: (await cancelUnpaidLabBookings(now)).cancelled,
  ...(await cancelUnpaidOnlineOrders(now)),
}));
