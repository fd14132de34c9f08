import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgTable, text } from "drizzle-orm/pg-core";
import { id, publicId, timestamps } from "./_columns";
import { supportTickets } from "./support-tickets";
import { users } from "./users";

/** The conversation on a ticket after its first message (which stays on support_tickets). */
export const supportTicketMessages = pgTable(
  "support_ticket_messages",
  {
    id: id(),
    uuid: publicId(),
    ticketId: integer()
      .notNull()
      .references(() => supportTickets.id, { onDelete: "cascade" }),
    /** Null once the writer's account is gone, or for a guest's mailed-in follow-up. */
    authorId: integer().references(() => users.id, { onDelete: "set null" }),
    /** Written by support staff (an admin), shown as "SwasthAI support". */
    fromStaff: boolean().notNull().default(false),
    body: text().notNull(),
    ...timestamps(),
  },
  (t) => [
    index("support_ticket_messages_ticket_created_idx").on(t.ticketId, t.createdAt),
    index("support_ticket_messages_author_id_idx").on(t.authorId),
    check(
      "support_ticket_messages_body_length_check",
      sql`char_length(${t.body}) between 1 and 4000`,
    ),
  ],
);

export type SupportTicketMessageRow = typeof supportTicketMessages.$inferSelect;
export type NewSupportTicketMessageRow = typeof supportTicketMessages.$inferInsert;
