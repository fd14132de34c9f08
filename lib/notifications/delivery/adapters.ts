import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { users, type DeliveryChannel, type NotificationDeliveryRow } from "@/db/schema";
import { sendTemplate } from "@/lib/email/send";
import type { EmailDataMap } from "@/lib/email/types";
import { sendPush } from "@/lib/push/send";
import { sendSms } from "@/lib/sms/send";
import type { EmailPayload, PushPayload, SmsPayload } from "./payloads";

export type SendResult =
  { status: "sent"; providerMessageId: string | null } | { status: "skipped"; reason: string };

/** One sender per channel; throws DeliveryError (or anything) when the send failed. */
export type DeliveryAdapters = Record<
  DeliveryChannel,
  (row: NotificationDeliveryRow) => Promise<SendResult>
>;

/** The address is read at send time: a changed email or an unverified phone is honoured. */
async function contactOf(userId: number) {
  const [row] = await db
    .select({ email: users.email, phone: users.phone, phoneVerifiedAt: users.phoneVerifiedAt })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  return row ?? null;
}

export const defaultAdapters: DeliveryAdapters = {
  async email(row) {
    const contact = await contactOf(row.userId);
    if (!contact) return { status: "skipped", reason: "The user no longer exists." };
    const payload = row.payload as unknown as EmailPayload;
    await sendTemplate(
      contact.email,
      payload.template,
      payload.locale,
      payload.data as unknown as EmailDataMap[typeof payload.template],
    );
    return { status: "sent", providerMessageId: null };
  },
  async sms(row) {
    const contact = await contactOf(row.userId);
    if (!contact?.phone || !contact.phoneVerifiedAt) {
      return { status: "skipped", reason: "No verified phone number." };
    }
    const payload = row.payload as unknown as SmsPayload;
    const { providerMessageId } = await sendSms({
      to: contact.phone,
      body: payload.text,
      template: payload.template,
      vars: payload.vars,
    });
    return { status: "sent", providerMessageId };
  },
  async push(row) {
    return sendPush(row.userId, row.payload as unknown as PushPayload);
  },
};
