import "server-only";
import { env } from "@/lib/env";
import { logger } from "@/lib/log/logger";
import { writeToOutbox } from "./outbox";
import { sendWithResend } from "./resend";
import { renderEmail } from "./templates";
import type { EmailDataMap, EmailLocale, EmailTemplate, MailMessage } from "./types";

export type { MailMessage } from "./types";

/** Which adapter delivers mail: Resend when RESEND_API_KEY is set, else the outbox table. */
export function mailAdapter(): "resend" | "outbox" {
  return env.RESEND_API_KEY ? "resend" : "outbox";
}

/**
 * Sends one rendered mail. With Resend, failures are logged and rethrown as AppError("unavailable");
 * with the outbox, the mail becomes a row the dev mailbox shows.
 */
export async function sendMail(message: MailMessage): Promise<void> {
  if (env.RESEND_API_KEY) {
    await sendWithResend(message, { apiKey: env.RESEND_API_KEY, from: env.MAIL_FROM });
    return;
  }
  await writeToOutbox(message);
  logger.info({ template: message.template, adapter: "outbox" }, "mail sent");
}

/** Renders a template in the recipient's locale and sends it. */
export async function sendTemplate<T extends EmailTemplate>(
  to: string,
  template: T,
  locale: EmailLocale,
  data: EmailDataMap[T],
): Promise<void> {
  const rendered = renderEmail(template, locale, data);
  await sendMail({ to, template, ...rendered });
}
