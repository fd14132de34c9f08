import "server-only";
import { desc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { smsOutbox } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { canReadDevMailbox } from "@/lib/email/dev-mailbox";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse-input";
import { smsMailboxQuerySchema, type SmsMessageDto } from "./schemas";

/** SMS the outbox holds for one number (+91XXXXXXXXXX), newest first. Does not authorize. */
export async function listSmsOutbox(phone: string, limit = 50): Promise<SmsMessageDto[]> {
  const rows = await db
    .select({
      to: smsOutbox.toPhone,
      body: smsOutbox.body,
      template: smsOutbox.template,
      createdAt: smsOutbox.createdAt,
    })
    .from(smsOutbox)
    .where(eq(smsOutbox.toPhone, phone))
    .orderBy(desc(smsOutbox.createdAt), desc(smsOutbox.id))
    .limit(limit);
  return rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() }));
}

/**
 * `GET /api/v1/dev/mailbox?phone=`: the SMS held for one number, behind the same gate as mail
 * (OTPs are as good as passwords): not_found unless the dev mailbox is open to this caller.
 */
export async function listDevSms(
  actor: Actor | null,
  query: unknown,
  headers: Headers,
): Promise<SmsMessageDto[]> {
  if (!canReadDevMailbox(actor, headers)) throw new AppError("not_found", "No such resource.");
  const { phone } = parseInput(smsMailboxQuerySchema, query);
  return listSmsOutbox(phone);
}
