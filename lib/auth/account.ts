import "server-only";
import { asc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import {
  accounts,
  authSessions,
  emailVerificationTokens,
  passwordResetTokens,
  phoneOtps,
  refreshTokens,
} from "@/db/schema";
import { defineAccountPart } from "@/lib/account/part";

/**
 * Sign-in links (OAuth), browser sessions, tokens and texted codes: links and sessions are
 * exported without their tokens or ids (a session id is half of a credential); all deleted.
 */
export const authAccount = defineAccountPart({
  domain: "auth",
  async exportForUser(userId) {
    const linkedAccounts = await db
      .select({ provider: accounts.provider, type: accounts.type, linkedAt: accounts.createdAt })
      .from(accounts)
      .where(eq(accounts.userId, userId));
    const browserSessions = await db
      .select({
        signedInAt: authSessions.createdAt,
        lastSeenAt: authSessions.lastSeenAt,
        expiresAt: authSessions.expiresAt,
        signedOutAt: authSessions.revokedAt,
      })
      .from(authSessions)
      .where(eq(authSessions.userId, userId))
      .orderBy(asc(authSessions.createdAt));
    return { linkedAccounts, browserSessions };
  },
  async eraseForUser(tx, userId) {
    await tx.delete(accounts).where(eq(accounts.userId, userId));
    await tx.delete(authSessions).where(eq(authSessions.userId, userId));
    await tx.delete(refreshTokens).where(eq(refreshTokens.userId, userId));
    await tx.delete(passwordResetTokens).where(eq(passwordResetTokens.userId, userId));
    await tx.delete(emailVerificationTokens).where(eq(emailVerificationTokens.userId, userId));
    await tx.delete(phoneOtps).where(eq(phoneOtps.userId, userId));
  },
  userColumns: {
    erased: [
      accounts.userId,
      authSessions.userId,
      refreshTokens.userId,
      passwordResetTokens.userId,
      emailVerificationTokens.userId,
      phoneOtps.userId,
    ],
  },
});
