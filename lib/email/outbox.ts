import "server-only";
import { desc, eq } from "drizzle-orm";
import { db, type Queryable } from "@/db/client";
import { emailOutbox } from "@/db/schema/email-outbox";
import { devMailboxEnabled } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { MailboxMessage } from "./schemas";
import type { MailMessage } from "./types";

/** Addresses are stored and looked up lower-cased, so the mailbox matches case-insensitively. */
const mailboxKey = (address: string) => address.trim().toLowerCase();

/** The outbox adapter: the mail is a row in `email_outbox`, read back by the dev mailbox. */
export async function writeToOutbox(message: MailMessage, on: Queryable = db): Promise<void> {
  await on.insert(emailOutbox).values({
    toEmail: mailboxKey(message.to),
    subject: message.subject,
    text: message.text,
    html: message.html,
    template: message.template,
  });
}

/** Throws not_found unless the dev mailbox is switched on (see `devMailboxEnabled` in lib/env). */
function assertDevMailboxEnabled(): void {
  if (!devMailboxEnabled) throw new AppError("not_found", "No such resource.");
}

/**
 * Mail the outbox holds for one address, newest first. It does not ask who reads: the dev mailbox's
 * doors go through `listDevMailbox` (lib/email/dev-mailbox), tests read it directly.
 */
export async function listMailbox(to: string, limit = 50): Promise<MailboxMessage[]> {
  assertDevMailboxEnabled();
  const rows = await db
    .select({
      to: emailOutbox.toEmail,
      subject: emailOutbox.subject,
      text: emailOutbox.text,
      html: emailOutbox.html,
      createdAt: emailOutbox.createdAt,
    })
    .from(emailOutbox)
    .where(eq(emailOutbox.toEmail, mailboxKey(to)))
    .orderBy(desc(emailOutbox.createdAt), desc(emailOutbox.id))
    .limit(Math.min(Math.max(1, Math.trunc(limit)), 200));
  return rows.map((row) => ({
    to: row.to,
    subject: row.subject,
    text: row.text,
    html: row.html ?? "",
    createdAt: row.createdAt.toISOString(),
  }));
}
