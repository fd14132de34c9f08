import "server-only";
import { asc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { supportTicketMessages, supportTickets } from "@/db/schema";
import { defineAccountPart } from "@/lib/account/part";

/**
 * My support tickets and the conversation on them: exported; kept on erase without the contact
 * email. My replies stay (support's record of what was asked) but lose their author, like the
 * tickets' owner is set null when the account row itself goes.
 */
export const supportAccount = defineAccountPart({
  domain: "support",
  async exportForUser(userId) {
    const rows = await db
      .select({
        id: supportTickets.uuid,
        subject: supportTickets.subject,
        message: supportTickets.message,
        status: supportTickets.status,
        createdAt: supportTickets.createdAt,
      })
      .from(supportTickets)
      .where(eq(supportTickets.userId, userId))
      .orderBy(asc(supportTickets.createdAt));
    const messages = await db
      .select({
        ticketId: supportTickets.uuid,
        fromStaff: supportTicketMessages.fromStaff,
        body: supportTicketMessages.body,
        createdAt: supportTicketMessages.createdAt,
      })
      .from(supportTicketMessages)
      .innerJoin(supportTickets, eq(supportTickets.id, supportTicketMessages.ticketId))
      .where(eq(supportTickets.userId, userId))
      .orderBy(asc(supportTicketMessages.createdAt), asc(supportTicketMessages.id));
    return { supportTickets: rows, supportTicketMessages: messages };
  },
  async eraseForUser(tx, userId) {
    await tx.update(supportTickets).set({ email: null }).where(eq(supportTickets.userId, userId));
    await tx
      .update(supportTicketMessages)
      .set({ authorId: null })
      .where(eq(supportTicketMessages.authorId, userId));
  },
  userColumns: {
    kept: [
      {
        column: supportTickets.userId,
        reason: "the support history stays; its contact email is cleared",
      },
    ],
    erased: [supportTicketMessages.authorId],
  },
});
