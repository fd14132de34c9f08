import "server-only";
import { DeliveryError } from "@/lib/notifications/delivery/errors";
import { logger } from "@/lib/log/logger";
import type { SmsMessage } from "./types";

export interface TwilioConfig {
  accountSid: string;
  authToken: string;
  /** A sender number (+1...) or a Messaging Service SID (MG...). */
  from: string;
  baseUrl: string;
}

/**
 * Twilio error codes that no retry can fix: invalid or unreachable 'To' numbers (21211, 21214,
 * 21217, 21612, 21614), a recipient who replied STOP (21610), a region not enabled (21408).
 */
const permanentCodes = new Set([21211, 21214, 21217, 21408, 21610, 21612, 21614]);

/**
 * The Twilio adapter: `POST /2010-04-01/Accounts/{Sid}/Messages.json`, form-encoded To, Body and
 * From (or MessagingServiceSid), HTTP Basic with the account SID and auth token. Answers the
 * message SID.
 */
export async function sendWithTwilio(
  message: SmsMessage,
  config: TwilioConfig,
): Promise<{ providerMessageId: string }> {
  const form = new URLSearchParams({ To: message.to, Body: message.body });
  if (config.from.startsWith("MG")) form.set("MessagingServiceSid", config.from);
  else form.set("From", config.from);
  const url = `${config.baseUrl}/2010-04-01/Accounts/${encodeURIComponent(config.accountSid)}/Messages.json`;
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: {
        authorization: `Basic ${Buffer.from(`${config.accountSid}:${config.authToken}`).toString("base64")}`,
        "content-type": "application/x-www-form-urlencoded",
      },
      body: form,
      signal: AbortSignal.timeout(10_000),
    });
  } catch (cause) {
    throw new DeliveryError("Twilio could not be reached.", { cause });
  }
  const body = (await response.json().catch(() => ({}))) as {
    sid?: string;
    code?: number;
    message?: string;
  };
  if (response.ok && body.sid) {
    logger.info({ template: message.template, adapter: "twilio", sid: body.sid }, "sms sent");
    return { providerMessageId: body.sid };
  }
  const permanent = body.code !== undefined && permanentCodes.has(body.code);
  throw new DeliveryError(
    `Twilio answered ${response.status}${body.code ? ` (code ${body.code})` : ""}: ${body.message ?? "no message"}`,
    { permanent },
  );
}
