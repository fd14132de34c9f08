import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { devMailboxEnabled } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { requestFromThisMachine } from "@/lib/http/this-machine";
import { parseInput } from "@/lib/validation/parse-input";
import { listMailbox } from "./outbox";
import { mailboxQuerySchema, type MailboxMessage } from "./schemas";

/**
 * The dev mailbox shows reset and verification links, so reading it is taking over accounts. It
 * must be switched on (development, or DEV_MAILBOX=1 without Resend) for everyone, admins included:
 * in a real deployment an admin reading other people's reset links would be a silent takeover.
 * Once on, it answers a request from this machine (`requestFromThisMachine`: the server listens
 * only on loopback) or a signed-in admin, never a request that only claims to be local.
 */
export function canReadDevMailbox(actor: Actor | null, headers: Headers): boolean {
  if (!devMailboxEnabled) return false;
  return actor?.role === "admin" || requestFromThisMachine(headers);
}

/**
 * `GET /api/v1/dev/mailbox?to=`: the mail held for one address, newest first. Refused as not_found
 * (like a route that is not there) before the query is validated.
 */
export async function listDevMailbox(
  actor: Actor | null,
  query: unknown,
  headers: Headers,
): Promise<MailboxMessage[]> {
  if (!canReadDevMailbox(actor, headers)) throw new AppError("not_found", "No such resource.");
  const { to } = parseInput(mailboxQuerySchema, query);
  return listMailbox(to);
}
