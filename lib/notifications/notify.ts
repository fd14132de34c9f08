import "server-only";
import type { Queryable } from "@/db/client";
import { notifications, type NotificationPriority } from "@/db/schema";
import type { EmailDataMap, EmailTemplate } from "@/lib/email/types";
import { ruleOf, type NotificationEvent } from "./events";
import { notificationText, type NotificationKey, type NotificationParams } from "./render";

/** A mail that repeats the notice (rendered at send time in the reader's locale). */
export type NoticeMail = {
  [T in EmailTemplate]: { template: T; data: EmailDataMap[T] };
}[EmailTemplate];

export interface NotifyInput {
  userId: number;
  event: NotificationEvent;
  /** The inbox text, as a message key under `Notifications` plus its string parameters. */
  key: NotificationKey;
  params: NotificationParams;
  /** Internal path only ("/appointments/<uuid>"). */
  link?: string | null;
  priority?: NotificationPriority;
  /**
   * A stable name of this occurrence (e.g. "appointment:<uuid>:reminder:2026-12-07") so enqueuing
   * it twice delivers once; defaults to the inbox row's own uuid.
   */
  dedupeKey?: string;
  /** The mail for this event, when it has one; without it the email channel is not used. */
  email?: NoticeMail;
}

/**
 * THE way to tell a user something: writes the inbox row and, in the same transaction, the
 * deliveries (email, SMS, push) the event, the person's preferences and their reachable channels
 * allow, each recorded before any send is attempted. Call it inside the transaction of the change
 * it announces, so notices exist exactly when the change does.
 */
export async function notify(on: Queryable, input: NotifyInput | NotifyInput[]): Promise<void> {
  const inputs = Array.isArray(input) ? input : [input];
  if (inputs.length === 0) return;
  await on.insert(notifications).values(
    inputs.map((n) => ({
      userId: n.userId,
      type: ruleOf(n.event).type,
      ...notificationText(n.key, n.params),
      link: n.link ?? null,
      priority: n.priority ?? "medium",
    })),
  );
}
