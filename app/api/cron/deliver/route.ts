import { cronRoute } from "@/lib/cron/cron-route";
import { drainDeliveries } from "@/lib/notifications/delivery/drain";
import { handleQstashDrain } from "@/lib/notifications/delivery/qstash-route";

export const dynamic = "force-dynamic";

/**
 * The delivery outbox drain: Vercel Cron calls GET (daily on the free plan), QStash calls POST
 * with a signed request when retries are due. Every notice also kicks a drain after it commits.
 */
export const GET = cronRoute("deliver", async () => ({ ...(await drainDeliveries()) }));

export const POST = handleQstashDrain;
