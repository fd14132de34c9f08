import "server-only";
import { asc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { supportTickets } from "@/db/schema";
import { defineAccountPart } from "@/lib/account/part";

/** My support tickets: exported; kept on erase without the contact email. */
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
    return { supportTickets: rows };
  },
  async eraseForUser(tx, userId) {
    await tx.update(supportTickets).set({ email: null }).where(eq(supportTickets.userId, userId));
  },
  userColumns: {
    kept: [
      {
        column: supportTickets.userId,
        reason: "the support history stays; its contact email is cleared",
      },
    ],
  },
});
