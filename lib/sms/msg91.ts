import "server-only";
import { DeliveryError } from "@/lib/notifications/delivery/errors";
import { logger } from "@/lib/log/logger";
import type { SmsMessage } from "./types";

export interface Msg91Config {
  authKey: string;
  senderId: string | undefined;
  baseUrl: string;
  /** The DLT-approved template (flow) id of each SMS text, by template name. */
  templateIds: Record<string, string | undefined>;
}

/**
 * The MSG91 adapter (India, DLT): `POST /api/v5/flow` with the `authkey` header and
 * `{template_id, sender, short_url, recipients: [{mobiles: "91XXXXXXXXXX", ...variables}]}`.
 * Indian operators deliver only DLT-registered templates, so a text without a template id fails
 * at once. Answers MSG91's request id.
 */
export async function sendWithMsg91(
  message: SmsMessage,
  config: Msg91Config,
): Promise<{ providerMessageId: string }> {
  const templateId = config.templateIds[message.template];
  if (!templateId) {
    throw new DeliveryError(`No MSG91 DLT template id for "${message.template}".`, {
      permanent: true,
    });
  }
  const mobiles = message.to.replace(/^\+/, "");
  if (!/^\d{10,15}$/.test(mobiles)) {
    throw new DeliveryError("Not a phone number MSG91 can send to.", { permanent: true });
  }
  let response: Response;
  try {
    response = await fetch(`${config.baseUrl}/api/v5/flow`, {
      method: "POST",
      headers: {
        authkey: config.authKey,
        "content-type": "application/json",
        accept: "application/json",
      },
      body: JSON.stringify({
        template_id: templateId,
        ...(config.senderId ? { sender: config.senderId } : {}),
        short_url: "0",
        recipients: [{ mobiles, ...message.vars }],
      }),
      signal: AbortSignal.timeout(10_000),
    });
  } catch (cause) {
    throw new DeliveryError("MSG91 could not be reached.", { cause });
  }
  const body = (await response.json().catch(() => ({}))) as { type?: string; message?: string };
  if (response.ok && body.type === "success" && body.message) {
    logger.info({ template: message.template, adapter: "msg91", id: body.message }, "sms sent");
    return { providerMessageId: body.message };
  }
  // 4xx other than rate limiting is a request MSG91 will never take (bad key, template, number).
  const permanent = response.status >= 400 && response.status < 500 && response.status !== 429;
  throw new DeliveryError(`MSG91 answered ${response.status}: ${body.message ?? "no message"}`, {
    permanent,
  });
}

/** The template ids from MSG91_TEMPLATE_<NAME> variables (MSG91_TEMPLATE_OTP -> otp). */
export function msg91TemplateIds(
  source: Record<string, string | undefined> = process.env,
): Record<string, string> {
  const ids: Record<string, string> = {};
  for (const [key, value] of Object.entries(source)) {
    const match = /^MSG91_TEMPLATE_([A-Z0-9_]+)$/.exec(key);
    if (match && value) ids[match[1]!.toLowerCase()] = value;
  }
  return ids;
}
