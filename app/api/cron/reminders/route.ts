import { cronRoute } from "@/lib/cron/cron-route";
import { sendDueReminders } from "@/lib/reminders/service";

export const dynamic = "force-dynamic";

/** Hourly: the day-before appointment reminders, each sent once (lib/reminders). */
export const GET = cronRoute("reminders", (now) => sendDueReminders(now));
