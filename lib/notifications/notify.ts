import "server-only";
import { count, eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import {
  notificationDeliveries,
  notifications,
  pushSubscriptions,
  users,
  type DeliveryChannel,
  type NewNotificationDeliveryRow,
  type NotificationPriority,
} from "@/db/schema";
import type { EmailDataMap, EmailTemplate } from "@/lib/email/types";
import { smsText } from "@/lib/sms/texts";
import type { EmailPayload, PushPayload, SmsPayload } from "./delivery/payloads";
import { kickDrainAfterCommit, lockUntilCommit } from "./delivery/trigger";
import { plannedChannels } from "./delivery/plan";
import { ruleOf, type NotificationEvent } from "./events";
import { preferencesOf } from "./preferences";
import {
  notificationText,
  renderNotification,
  type NotificationKey,
  type NotificationParams,
} from "./render";

/**
 * A mail that repeats the notice, rendered at send time in the reader's locale. `name` (the
 * greeting) is always the recipient's own, filled in here; a caller may leave it out.
 */
export type NoticeMail = {
  [T in EmailTemplate]: { template: T; data: Omit<EmailDataMap[T], "name"> & { name?: string } };
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
   * A stable name of this occurrence (e.g. "appointment:<uuid>:reminder") so enqueuing it twice
   * delivers once; defaults to the inbox row's own uuid.
   */
  dedupeKey?: string;
  /** The mail for this event, when it has one; without it the email channel is not used. */
  email?: NoticeMail;
}

async function recipientOf(on: Queryable, userId: number) {
  const [row] = await on
    .select({
      fullName: users.fullName,
      locale: users.locale,
      phone: users.phone,
      phoneVerifiedAt: users.phoneVerifiedAt,
    })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  if (!row) return null;
  const [subs] = await on
    .select({ n: count() })
    .from(pushSubscriptions)
    .where(eq(pushSubscriptions.userId, userId));
  return { ...row, pushSubscriptions: subs?.n ?? 0 };
}

/** The outbox rows of one notice: one per channel the event, the preferences and reach allow. */
async function deliveriesOf(
  on: Queryable,
  input: NotifyInput,
  inbox: { id: number; uuid: string },
): Promise<NewNotificationDeliveryRow[]> {
  const recipient = await recipientOf(on, input.userId);
  if (!recipient) return [];
  const channels = plannedChannels(ruleOf(input.event), await preferencesOf(input.userId, on), {
    email: input.email !== undefined,
    sms: recipient.phone !== null && recipient.phoneVerifiedAt !== null,
    push: recipient.pushSubscriptions > 0,
  });
  const locale = recipient.locale === "hi" ? "hi" : "en";
  const rendered = renderNotification(
    { title: "", body: "", messageKey: input.key, params: input.params },
    locale,
  );
  const payloadOf = (channel: DeliveryChannel): Record<string, unknown> => {
    if (channel === "email") {
      const payload: EmailPayload = {
        template: input.email!.template,
        data: { ...input.email!.data, name: recipient.fullName },
        locale,
      };
      return { ...payload };
    }
    if (channel === "sms") {
      const sms = smsText(input.event, input.params, rendered.body, locale);
      const payload: SmsPayload = { ...sms, vars: input.params };
      return { ...payload };
    }
    const payload: PushPayload = { ...rendered, url: input.link ?? "/notifications" };
    return { ...payload };
  };
  const base = input.dedupeKey ?? inbox.uuid;
  return channels.map((channel) => ({
    userId: input.userId,
    notificationId: inbox.id,
    channel,
    event: input.event,
    payload: payloadOf(channel),
    dedupeKey: `${base}:${channel}`,
  }));
}

/**
 * THE way to tell a user something: writes the inbox row and, in the same transaction, the
 * deliveries (email, SMS, push) the event, the person's preferences and their reachable channels
 * allow, each recorded before any send is attempted. Call it inside the transaction of the change
 * it announces, so notices exist exactly when the change does. Once that transaction commits a
 * drain sends them; the caller never waits for it.
 */
export async function notify(on: Queryable, input: NotifyInput | NotifyInput[]): Promise<void> {
  const inputs = Array.isArray(input) ? input : [input];
  if (inputs.length === 0) return;
  const inbox = await on
    .insert(notifications)
    .values(
      inputs.map((n) => ({
        userId: n.userId,
        type: ruleOf(n.event).type,
        ...notificationText(n.key, n.params),
        link: n.link ?? null,
        priority: n.priority ?? "medium",
      })),
    )
    .returning({ id: notifications.id, uuid: notifications.uuid });
  const rows: NewNotificationDeliveryRow[] = [];
  for (const [i, n] of inputs.entries()) rows.push(...(await deliveriesOf(on, n, inbox[i]!)));
  if (rows.length === 0) return;
  await on.insert(notificationDeliveries).values(rows).onConflictDoNothing();
  await lockUntilCommit(on, inbox[0]!.id);
  kickDrainAfterCommit(inbox[0]!.id);
}
