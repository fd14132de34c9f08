import "server-only";
import { Resend } from "resend";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/log/logger";
import type { MailMessage } from "./types";

let client: { key: string; resend: Resend } | undefined;

function resendFor(apiKey: string): Resend {
  if (client?.key !== apiKey) client = { key: apiKey, resend: new Resend(apiKey) };
  return client.resend;
}

/** The Resend adapter. Resend answers errors as values; both kinds become AppError("unavailable"). */
export async function sendWithResend(
  message: MailMessage,
  config: { apiKey: string; from: string },
): Promise<void> {
  const log = { template: message.template, adapter: "resend" };
  let result: Awaited<ReturnType<Resend["emails"]["send"]>>;
  try {
    result = await resendFor(config.apiKey).emails.send({
      from: config.from,
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html,
      tags: [{ name: "template", value: message.template.replace(/[^\w-]/g, "_") }],
    });
  } catch (cause) {
    logger.error({ ...log, err: cause }, "mail: resend request failed");
    throw new AppError("unavailable", "Email could not be sent. Try again later.", { cause });
  }
  if (result.error) {
    logger.error({ ...log, resendError: result.error }, "mail: resend rejected the message");
    throw new AppError("unavailable", "Email could not be sent. Try again later.", {
      cause: result.error,
    });
  }
  logger.info({ ...log, id: result.data?.id }, "mail sent");
}
