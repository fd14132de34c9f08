import "server-only";
import { db, type Queryable } from "@/db/client";
import { smsOutbox } from "@/db/schema";
import { env } from "@/lib/env";
import { logger } from "@/lib/log/logger";
import { msg91TemplateIds, sendWithMsg91 } from "./msg91";
import { sendWithTwilio } from "./twilio";

import type { SmsMessage } from "./types";

export type { SmsMessage };

/** Which adapter sends SMS: Twilio or MSG91 when their keys are set, else the outbox table. */
export function smsAdapter(): "twilio" | "msg91" | "outbox" {
  if (env.TWILIO_ACCOUNT_SID && env.TWILIO_AUTH_TOKEN && env.TWILIO_FROM) return "twilio";
  if (env.MSG91_AUTH_KEY) return "msg91";
  return "outbox";
}

/**
 * Sends one SMS; returns the provider's message id when there is one. Provider failures throw
 * DeliveryError (an AppError "unavailable"; `permanent` when no retry can help).
 */
export async function sendSms(
  message: SmsMessage,
  on: Queryable = db,
): Promise<{ providerMessageId: string | null }> {
  const adapter = smsAdapter();
  if (adapter === "twilio") {
    return sendWithTwilio(message, {
      accountSid: env.TWILIO_ACCOUNT_SID!,
      authToken: env.TWILIO_AUTH_TOKEN!,
      from: env.TWILIO_FROM!,
      baseUrl: env.TWILIO_BASE_URL,
    });
  }
  if (adapter === "msg91") {
    return sendWithMsg91(message, {
      authKey: env.MSG91_AUTH_KEY!,
      senderId: env.MSG91_SENDER_ID,
      baseUrl: env.MSG91_BASE_URL,
      templateIds: msg91TemplateIds(),
    });
  }
  await on.insert(smsOutbox).values({
    toPhone: message.to,
    body: message.body,
    template: message.template,
  });
  logger.info({ template: message.template, adapter: "outbox" }, "sms sent");
  return { providerMessageId: null };
}
