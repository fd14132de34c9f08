import "server-only";
import { and, asc, count, desc, eq } from "drizzle-orm";
import { db, type Queryable } from "@/db/client";
import { supportTicketMessages, supportTickets, users } from "@/db/schema";
import { notFound } from "@/lib/access/owner";
import { requireAdmin } from "@/lib/admin/policy";
import type { Page } from "@/lib/api/pagination";
import type { Actor } from "@/lib/auth/actor";
import { isUuid } from "@/lib/validation/ids";
import {
  conversationOf,
  toAdminSupportTicketDto,
  toSupportTicketDto,
  type AdminTicketRow,
  type MessageRow,
} from "./mappers";
import type {
  AdminSupportTicketDetailDto,
  AdminSupportTicketDto,
  AdminSupportTicketsQuery,
  SupportMessageDto,
  SupportTicketDetailDto,
  SupportTicketDto,
} from "./schemas";

export const ticketNotFound = () => notFound("support ticket");

export const ticketColumns = {
  id: supportTickets.id,
  uuid: supportTickets.uuid,
  userId: supportTickets.userId,
  email: supportTickets.email,
  locale: supportTickets.locale,
  subject: supportTickets.subject,
  message: supportTickets.message,
  status: supportTickets.status,
  createdAt: supportTickets.createdAt,
  updatedAt: supportTickets.updatedAt,
};

const adminColumns = { ...ticketColumns, userName: users.fullName, userEmail: users.email };

/** A ticket's follow-up messages, oldest first. Internal: the caller has authorized. */
export async function loadTicketMessages(
  ticketId: number,
  on: Queryable = db,
): Promise<MessageRow[]> {
  return on
    .select({
      uuid: supportTicketMessages.uuid,
      fromStaff: supportTicketMessages.fromStaff,
      body: supportTicketMessages.body,
      createdAt: supportTicketMessages.createdAt,
    })
    .from(supportTicketMessages)
    .where(eq(supportTicketMessages.ticketId, ticketId))
    .orderBy(asc(supportTicketMessages.createdAt), asc(supportTicketMessages.id));
}

/** One of the actor's own tickets by public id, or null (someone else's is just as missing). */
export async function findMyTicket(actor: Actor, id: string, on: Queryable = db, lock = false) {
  if (!isUuid(id)) return null;
  const query = on
    .select(ticketColumns)
    .from(supportTickets)
    .where(and(eq(supportTickets.uuid, id), eq(supportTickets.userId, actor.userId)))
    .limit(1);
  const [row] = lock ? await query.for("update") : await query;
  return row ?? null;
}

/** My support tickets, the most recently active first. */
export async function listMySupportTickets(actor: Actor): Promise<SupportTicketDto[]> {
  const rows = await db
    .select(ticketColumns)
    .from(supportTickets)
    .where(eq(supportTickets.userId, actor.userId))
    .orderBy(desc(supportTickets.updatedAt), desc(supportTickets.id))
    .limit(100);
  return rows.map(toSupportTicketDto);
}

/** One of my tickets with its conversation; anyone else's is not_found. */
export async function getMySupportTicket(
  actor: Actor,
  id: string,
): Promise<SupportTicketDetailDto> {
  const ticket = await findMyTicket(actor, id);
  if (!ticket) throw ticketNotFound();
  const rest = await loadTicketMessages(ticket.id);
  return { ...toSupportTicketDto(ticket), messages: conversationOf(ticket, rest) };
}

/** The conversation of one of my tickets (the first message included); anyone else's is not_found. */
export async function listMySupportMessages(
  actor: Actor,
  id: string,
): Promise<SupportMessageDto[]> {
  return (await getMySupportTicket(actor, id)).messages;
}

/** Tickets in one status for support (admins only), the longest waiting first. */
export async function listSupportTicketsForAdmin(
  actor: Actor,
  query: AdminSupportTicketsQuery,
): Promise<Page<AdminSupportTicketDto>> {
  requireAdmin(actor);
  const where = eq(supportTickets.status, query.status);
  const [rows, [total]] = await Promise.all([
    db
      .select(adminColumns)
      .from(supportTickets)
      .leftJoin(users, eq(users.id, supportTickets.userId))
      .where(where)
      .orderBy(asc(supportTickets.updatedAt), asc(supportTickets.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ n: count() }).from(supportTickets).where(where),
  ]);
  return {
    data: rows.map((row) => toAdminSupportTicketDto(row as AdminTicketRow)),
    meta: { page: query.page, pageSize: query.pageSize, total: total?.n ?? 0 },
  };
}

/** Any ticket with its conversation and requester, for support (admins only). */
export async function getSupportTicketForAdmin(
  actor: Actor,
  id: string,
): Promise<AdminSupportTicketDetailDto> {
  requireAdmin(actor);
  if (!isUuid(id)) throw ticketNotFound();
  const [row] = await db
    .select(adminColumns)
    .from(supportTickets)
    .leftJoin(users, eq(users.id, supportTickets.userId))
    .where(eq(supportTickets.uuid, id))
    .limit(1);
  if (!row) throw ticketNotFound();
  const rest = await loadTicketMessages(row.id);
  return { ...toAdminSupportTicketDto(row as AdminTicketRow), messages: conversationOf(row, rest) };
}
