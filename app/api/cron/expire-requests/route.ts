import { expireStaleRequests } from "@/lib/appointments/service";
import { cronRoute } from "@/lib/cron/cron-route";
import { cancelUnpaidLabBookings } from "@/lib/lab/service";

export const dynamic = "force-dynamic";

/**
 * Appointment requests the doctor left unanswered until 30 minutes before the slot expire, each
 * patient told once (claim-once). Vercel's free plan runs it daily; the doctor's appointments page
 * also expires their own stale requests whenever it is read. Online lab bookings left unpaid for
 * 30 minutes are cancelled here too, their collection places returned.
 */
export const GET = cronRoute("expire-requests", async (now) => ({
  ...(await expireStaleRequests(now)),
  labBookingsCancelled: (await cancelUnpaidLabBookings(now)).cancelled,
}));
