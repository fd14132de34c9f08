import { sql } from "drizzle-orm";
import { check, index, integer, pgEnum, pgTable, text } from "drizzle-orm/pg-core";
import { id, publicId, timestamps } from "./_columns";
import { localeEnum } from "./_enums";
import { users } from "./users";

export const supportTicketStatuses = ["open", "answered", "closed"] as const;
export type SupportTicketStatus = (typeof supportTicketStatuses)[number];
export const supportTicketStatusEnum = pgEnum("support_ticket_status", supportTicketStatuses);

export const supportTickets = pgTable(
  "support_tickets",
  {
    id: id(),
    uuid: publicId(),
    /** Null for guests, who must give an email. */
    userId: integer().references(() => users.id, { onDelete: "set null" }),
    email: text(),
    subject: text().notNull(),
    message: text().notNull(),
    status: supportTicketStatusEnum().notNull().default("open"),
    /** The language replies are mailed in (guests have no saved locale). */
    locale: localeEnum().notNull().default("en"),
    ...timestamps(),
  },
  (t) => [
    index("support_tickets_status_created_idx").on(t.status, t.createdAt),
    index("support_tickets_user_id_idx").on(t.userId),
    check(
      "support_tickets_message_length_check",
      sql`char_length(${t.message}) between 1 and 4000`,
    ),
    check("support_tickets_subject_length_check", sql`char_length(${t.subject}) between 1 and 200`),
    check("support_tickets_contact_check", sql`${t.userId} is not null or ${t.email} is not null`),
  ],
);

export type SupportTicketRow = typeof supportTickets.$inferSelect;
export type NewSupportTicketRow = typeof supportTickets.$inferInsert;
