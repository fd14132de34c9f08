import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { pushSubscriptions } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { enforceRateLimit } from "@/lib/rate-limit";
import { parseInput } from "@/lib/validation/parse-input";
import {
  pushSubscriptionInputSchema,
  pushUnsubscribeSchema,
  type PushSubscriptionDto,
} from "./schemas";
import { vapidPublicKey } from "./send";

/**
 * Saves this browser's push subscription for the actor. One row per endpoint: subscribing again
 * refreshes its keys, and an endpoint last saved by someone else (a shared browser, the next
 * person signed in) moves to the actor, so a browser never receives another person's notices.
 * 503 while push is not configured (no VAPID keys).
 */
export async function subscribePush(
  actor: Actor,
  input: unknown,
  userAgent: string | null = null,
): Promise<PushSubscriptionDto> {
  await enforceRateLimit("push_subscription_write", String(actor.userId));
  if (!vapidPublicKey()) throw new AppError("unavailable", "Web push is not configured.");
  const { endpoint, keys } = parseInput(pushSubscriptionInputSchema, input);
  const agent = userAgent?.slice(0, 300) ?? null;
  const [row] = await db
    .insert(pushSubscriptions)
    .values({
      userId: actor.userId,
      endpoint,
      p256dh: keys.p256dh,
      auth: keys.auth,
      userAgent: agent,
    })
    .onConflictDoUpdate({
      target: pushSubscriptions.endpoint,
      set: {
        userId: actor.userId,
        p256dh: keys.p256dh,
        auth: keys.auth,
        userAgent: agent,
        updatedAt: sql`now()`,
      },
    })
    .returning();
  return { id: row!.uuid, endpoint: row!.endpoint, createdAt: row!.createdAt.toISOString() };
}

/** Forgets one of the actor's subscriptions by its endpoint; someone else's (or none) is 404. */
export async function unsubscribePush(actor: Actor, input: unknown): Promise<void> {
  await enforceRateLimit("push_subscription_write", String(actor.userId));
  const { endpoint } = parseInput(pushUnsubscribeSchema, input);
  const gone = await db
    .delete(pushSubscriptions)
    .where(
      and(eq(pushSubscriptions.endpoint, endpoint), eq(pushSubscriptions.userId, actor.userId)),
    )
    .returning({ id: pushSubscriptions.id });
  if (gone.length === 0) throw new AppError("not_found", "No such push subscription.");
}
