import type { SupportTicketStatus } from "@/db/schema/support-tickets";
import {
  ticketNumberOf,
  type AdminSupportTicketDto,
  type SupportMessageDto,
  type SupportTicketDto,
} from "./schemas";

export interface TicketRow {
  uuid: string;
  subject: string;
  message: string;
  status: SupportTicketStatus;
  createdAt: Date;
  updatedAt: Date;
}

export interface AdminTicketRow extends TicketRow {
  userId: number | null;
  email: string | null;
  locale: string;
  userName: string | null;
  userEmail: string | null;
}

export interface MessageRow {
  uuid: string;
  fromStaff: boolean;
  body: string;
  createdAt: Date;
}

export function toSupportTicketDto(row: TicketRow): SupportTicketDto {
  return {
    id: row.uuid,
    number: ticketNumberOf(row.uuid),
    subject: row.subject,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toAdminSupportTicketDto(row: AdminTicketRow): AdminSupportTicketDto {
  return {
    ...toSupportTicketDto(row),
    requester: {
      name: row.userName,
      email: row.email ?? row.userEmail,
      guest: row.userId === null,
    },
    locale: row.locale === "hi" ? "hi" : "en",
  };
}

export function toSupportMessageDto(row: MessageRow): SupportMessageDto {
  return {
    id: row.uuid,
    fromStaff: row.fromStaff,
    body: row.body,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The conversation: the ticket's own first message, then the rest in order. */
export function conversationOf(ticket: TicketRow, rest: MessageRow[]): SupportMessageDto[] {
  const first = {
    uuid: ticket.uuid,
    fromStaff: false,
    body: ticket.message,
    createdAt: ticket.createdAt,
  };
  return [first, ...rest].map(toSupportMessageDto);
}
