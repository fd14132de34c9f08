import { cronRoute } from "@/lib/cron/cron-route";
import { purgeExpiredIdempotencyKeys } from "@/lib/idempotency";

export const dynamic = "force-dynamic";

/** Daily: forget Idempotency-Keys past their 24 h (they hold stored responses). */
export const GET = cronRoute("cleanup", async () => ({
  idempotencyKeysPurged: await purgeExpiredIdempotencyKeys(),
}));
