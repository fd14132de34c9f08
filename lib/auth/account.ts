import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { accounts, emailVerificationTokens, passwordResetTokens, refreshTokens } from "@/db/schema";
import { defineAccountPart } from "@/lib/account/part";

/** Sign-in links (OAuth) and tokens: the links are exported without their tokens; all deleted. */
export const authAccount = defineAccountPart({
  domain: "auth",
  async exportForUser(userId) {
    const linkedAccounts = await db
      .select({ provider: accounts.provider, type: accounts.type, linkedAt: accounts.createdAt })
      .from(accounts)
      .where(eq(accounts.userId, userId));
    return { linkedAccounts };
  },
  async eraseForUser(tx, userId) {
    await tx.delete(accounts).where(eq(accounts.userId, userId));
    await tx.delete(refreshTokens).where(eq(refreshTokens.userId, userId));
    await tx.delete(passwordResetTokens).where(eq(passwordResetTokens.userId, userId));
    await tx.delete(emailVerificationTokens).where(eq(emailVerificationTokens.userId, userId));
  },
  userColumns: {
    erased: [
      accounts.userId,
      refreshTokens.userId,
      passwordResetTokens.userId,
      emailVerificationTokens.userId,
    ],
  },
});
