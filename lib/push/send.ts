import "server-only";
import { eq, sql } from "drizzle-orm";
import webpush from "web-push";
import { db } from "@/db/client";
import { pushSubscriptions } from "@/db/schema";
import { env } from "@/lib/env";
import { logger } from "@/lib/log/logger";
import { DeliveryError } from "@/lib/notifications/delivery/errors";

/** The VAPID public key browsers subscribe with, or null: push is then unavailable. */
export function vapidPublicKey(): string | null {
  return env.VAPID_PUBLIC_KEY && env.VAPID_PRIVATE_KEY ? env.VAPID_PUBLIC_KEY : null;
}

export interface PushMessage {
  title: string;
  body: string;
  /** An internal path the notification opens. */
  url: string;
}

type PushResult =
  { status: "sent"; providerMessageId: null } | { status: "skipped"; reason: string };

/**
 * Sends one notification to every browser the user subscribed. A subscription the push service
 * calls gone (404/410) is deleted; when all of them are gone the delivery fails for good. Any
 * other failure with nothing delivered is retried.
 */
export async function sendPush(userId: number, message: PushMessage): Promise<PushResult> {
  const publicKey = vapidPublicKey();
  if (!publicKey) return { status: "skipped", reason: "Web push is not configured (VAPID keys)." };
  const subscriptions = await db
    .select()
    .from(pushSubscriptions)
    .where(eq(pushSubscriptions.userId, userId));
  if (subscriptions.length === 0) return { status: "skipped", reason: "No push subscription." };
  let delivered = 0;
  let gone = 0;
  let lastError: unknown;
  for (const sub of subscriptions) {
    try {
      await webpush.sendNotification(
        { endpoint: sub.endpoint, keys: { p256dh: sub.p256dh, auth: sub.auth } },
        JSON.stringify(message),
        {
          vapidDetails: {
            subject: env.VAPID_SUBJECT,
            publicKey,
            privateKey: env.VAPID_PRIVATE_KEY!,
          },
          TTL: 24 * 3600,
          timeout: 10_000,
        },
      );
      delivered += 1;
      await db
        .update(pushSubscriptions)
        .set({ lastSuccessAt: sql`now()`, updatedAt: sql`now()` })
        .where(eq(pushSubscriptions.id, sub.id));
    } catch (err) {
      const status = err instanceof webpush.WebPushError ? err.statusCode : undefined;
      if (status === 404 || status === 410) {
        gone += 1;
        await db.delete(pushSubscriptions).where(eq(pushSubscriptions.id, sub.id));
      } else {
        lastError = err;
      }
      logger.warn({ status, err }, "push send failed");
    }
  }
  if (delivered > 0) return { status: "sent", providerMessageId: null };
  if (gone === subscriptions.length) {
    throw new DeliveryError("Every push subscription is gone.", { permanent: true });
  }
  throw new DeliveryError("The push service did not take the notification.", { cause: lastError });
}
