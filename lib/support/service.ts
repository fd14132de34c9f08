import "server-only";
import { eq, sql } from "drizzle-orm";
import { db, type Tx } from "@/db/client";
import { supportTicketMessages, supportTickets, users } from "@/db/schema";
import { recordAdminAction } from "@/lib/admin/audit";
import { requireAdmin } from "@/lib/admin/policy";
import { mailOrigin } from "@/lib/appointments/notify";
import type { Actor } from "@/lib/auth/actor";
import type { RequestContext } from "@/lib/auth/request-context";
import { sendTemplate } from "@/lib/email/send";
import { addressForLimits } from "@/lib/http/client-ip";
import { notify } from "@/lib/notifications/notify";
import { enforceRateLimit, GLOBAL_KEY } from "@/lib/rate-limit";
import { defer } from "@/lib/tasks/defer";
import { isUuid } from "@/lib/validation/ids";
import { parseInput } from "@/lib/validation/parse-input";
import { toSupportMessageDto, toSupportTicketDto } from "./mappers";
import { findMyTicket, ticketColumns, ticketNotFound } from "./queries";
import {
  createSupportTicketSchema,
  guestSupportTicketSchema,
  supportMessageInputSchema,
  ticketNumberOf,
  type CreateSupportTicketInput,
  type SupportMessageDto,
  type SupportMessageInput,
  type SupportTicketDto,
} from "./schemas";

/**
 * A message's time once its ticket is locked: the wall clock, not now() (the transaction's start),
 * so messages sort in the order their writers got the lock, the order the status changes landed in.
 */
const afterLock = sql`clock_timestamp()`;

/** Counted before any work: per user, or for a guest per address (all guests when unknown) and per email. */
async function limitNewTicket(
  actor: Actor | null,
  ctx: Pick<RequestContext, "ip">,
  email: string | undefined,
): Promise<void> {
  if (actor) return enforceRateLimit("support_ticket_user", String(actor.userId));
  const address = addressForLimits(ctx.ip);
  if (address) await enforceRateLimit("support_ticket_ip", address);
  else await enforceRateLimit("support_ticket_global", GLOBAL_KEY);
  if (email) await enforceRateLimit("support_ticket_email", email);
}

/**
 * Opens a support ticket from "Send us a message" (#30). A guest must give an email (422 on
 * `email`); a signed-in person's answers go to their inbox and account email, so none is stored.
 */
export async function createSupportTicket(
  actor: Actor | null,
  input: CreateSupportTicketInput,
  ctx: Pick<RequestContext, "ip">,
): Promise<SupportTicketDto> {
  const rawEmail = typeof input?.email === "string" ? input.email.trim().toLowerCase() : undefined;
  await limitNewTicket(actor, ctx, rawEmail);
  const parsed = actor
    ? parseInput(createSupportTicketSchema, { ...input, email: undefined })
    : parseInput(guestSupportTicketSchema, input);
  const [row] = await db
    .insert(supportTickets)
    .values({
      userId: actor?.userId ?? null,
      email: actor ? null : parsed.email,
      subject: parsed.subject,
      message: parsed.message,
      locale: parsed.locale,
    })
    .returning(ticketColumns);
  return toSupportTicketDto(row!);
}

/**
 * My reply on one of my tickets (someone else's is 404): the message, and the ticket back to
 * "open" for support, in one transaction with the ticket locked against a racing answer.
 */
export async function replyToMySupportTicket(
  actor: Actor,
  id: string,
  input: SupportMessageInput,
): Promise<SupportMessageDto> {
  await enforceRateLimit("support_message_user", String(actor.userId));
  const { body } = parseInput(supportMessageInputSchema, input);
  return db.transaction(async (tx) => {
    const ticket = await findMyTicket(actor, id, tx, true);
    if (!ticket) throw ticketNotFound();
    const [message] = await tx
      .insert(supportTicketMessages)
      .values({
        ticketId: ticket.id,
        authorId: actor.userId,
        fromStaff: false,
        body,
        createdAt: afterLock,
      })
      .returning();
    await tx
      .update(supportTickets)
      .set({ status: "open", updatedAt: new Date() })
      .where(eq(supportTickets.id, ticket.id));
    return toSupportMessageDto(message!);
  });
}

/** The ticket row for support, locked until the transaction ends (admins only; missing is 404). */
async function lockTicket(tx: Tx, id: string) {
  if (!isUuid(id)) throw ticketNotFound();
  const [row] = await tx
    .select(ticketColumns)
    .from(supportTickets)
    .where(eq(supportTickets.uuid, id))
    .limit(1)
    .for("update");
  if (!row) throw ticketNotFound();
  return row;
}

/**
 * Support answers a ticket (admins only): in one transaction the staff message, the ticket
 * "answered", the audit entry and, for a signed-in requester, the notice (inbox, and mail/push as
 * their preferences allow). A guest is mailed after the commit, in the ticket's language.
 */
export async function answerSupportTicket(
  actor: Actor,
  id: string,
  input: SupportMessageInput,
  options: { origin?: string } = {},
): Promise<SupportMessageDto> {
  requireAdmin(actor);
  const { body } = parseInput(supportMessageInputSchema, input);
  const origin = mailOrigin(options.origin);
  const { message, guestMail } = await db.transaction(async (tx) => {
    const ticket = await lockTicket(tx, id);
    const number = ticketNumberOf(ticket.uuid);
    const [message] = await tx
      .insert(supportTicketMessages)
      .values({
        ticketId: ticket.id,
        authorId: actor.userId,
        fromStaff: true,
        body,
        createdAt: afterLock,
      })
      .returning();
    await tx
      .update(supportTickets)
      .set({ status: "answered", updatedAt: new Date() })
      .where(eq(supportTickets.id, ticket.id));
    await recordAdminAction(tx, actor, {
      action: "support_ticket_answered",
      targetType: "support_ticket",
      targetUuid: ticket.uuid,
      targetLabel: `${number} ${ticket.subject}`.slice(0, 200),
    });
    const mail = { ticketNumber: number, subject: ticket.subject, reply: body };
    if (ticket.userId !== null) {
      const [person] = await tx
        .select({ name: users.fullName })
        .from(users)
        .where(eq(users.id, ticket.userId))
        .limit(1);
      const link = `/help/tickets/${ticket.uuid}`;
      await notify(tx, {
        userId: ticket.userId,
        event: "support_reply",
        key: "supportReply",
        params: { number, subject: ticket.subject },
        link,
        priority: "high",
        dedupeKey: `support:${message!.uuid}`,
        email: {
          template: "support_reply",
          data: { name: person?.name ?? "", url: `${origin}${link}`, ...mail },
        },
      });
      return { message: message!, guestMail: null };
    }
    const locale: "en" | "hi" = ticket.locale === "hi" ? "hi" : "en";
    return {
      message: message!,
      guestMail: ticket.email ? { to: ticket.email, locale, data: mail } : null,
    };
  });
  if (guestMail) {
    defer(() =>
      sendTemplate(guestMail.to, "support_reply", guestMail.locale, {
        name: "",
        url: `${origin}/help`,
        ...guestMail.data,
      }),
    );
  }
  return toSupportMessageDto(message);
}

/** Support closes a ticket (admins only; missing is 404). A later reply by its owner re-opens it. */
export async function closeSupportTicket(actor: Actor, id: string): Promise<SupportTicketDto> {
  requireAdmin(actor);
  return db.transaction(async (tx) => {
    const ticket = await lockTicket(tx, id);
    const [row] = await tx
      .update(supportTickets)
      .set({ status: "closed", updatedAt: new Date() })
      .where(eq(supportTickets.id, ticket.id))
      .returning(ticketColumns);
    return toSupportTicketDto(row!);
  });
}
