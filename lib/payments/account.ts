import "server-only";
import { asc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { payments } from "@/db/schema";
import { defineAccountPart } from "@/lib/account/part";

/** My payments: exported; kept on erase (tax records). */
export const paymentsAccount = defineAccountPart({
  domain: "payments",
  async exportForUser(userId) {
    const rows = await db
      .select({
        id: payments.uuid,
        purpose: payments.purpose,
        amount: payments.amount,
        method: payments.method,
        provider: payments.provider,
        providerRef: payments.providerRef,
        status: payments.status,
        createdAt: payments.createdAt,
      })
      .from(payments)
      .where(eq(payments.userId, userId))
      .orderBy(asc(payments.createdAt));
    return { payments: rows };
  },
  userColumns: {
    kept: [{ column: payments.userId, reason: "payments are kept for the tax records" }],
  },
});
