import "server-only";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { passwordResetTokens, users } from "@/db/schema";
import { sendTemplate } from "@/lib/email/send";
import { UNTRUSTED_CLIENT } from "@/lib/http/client-ip";
import { enforceRateLimit, requesterKey } from "@/lib/rate-limit";
import { defer } from "@/lib/tasks/defer";
import { revokeAllBrowserSessions } from "../browser-sessions";
import { mailLocale } from "../mappers";
import { hashOpaqueToken, newOpaqueToken } from "../opaque-token";
import { hashPassword } from "../password";
import { findAuthUserByEmail } from "../queries";
import { revokeAllRefreshTokens } from "../refresh-tokens";
import type { RequestContext } from "../request-context";
import { invalidLink, limitAddress } from "./common";

const RESET_PASSWORD_HOURS = 1;

/**
 * Always answers the same way; the lookup and the mail happen after the response so that neither
 * the answer nor its timing says whether the address has an account.
 */
export async function forgotPassword(email: string, ctx: RequestContext): Promise<void> {
  await limitAddress("forgot_ip", ctx.ip);
  await limitResetMails(email, ctx.ip);
  defer(async () => {
    const user = await findAuthUserByEmail(email);
    if (!user || !user.passwordHash) return;
    const { token, hash } = newOpaqueToken();
    await db.insert(passwordResetTokens).values({
      userId: user.id,
      tokenHash: hash,
      expiresAt: new Date(Date.now() + RESET_PASSWORD_HOURS * 3_600_000),
    });
    const url = `${ctx.origin}/reset-password?token=${token}`;
    await sendTemplate(user.email, "reset_password", mailLocale(user.locale), {
      name: user.fullName,
      url,
    });
  });
}

/**
 * Reset mails are limited per requester and target, with a larger cap per target: a stranger's
 * requests must not use up the owner's own for an hour, and many strangers together may not
 * mail-bomb. The requester's count goes first, so one who is refused uses up none of the cap.
 * Without a vouched-for address all requesters look alike: per target only, as strictly as one.
 */
async function limitResetMails(email: string, ip: string): Promise<void> {
  if (ip === UNTRUSTED_CLIENT) return enforceRateLimit("forgot_email", email);
  await enforceRateLimit("forgot_requester", requesterKey(ip, email));
  await enforceRateLimit("forgot_target", email);
}

/** Sets a new password with a single-use, one-hour token and ends every session. */
export async function resetPassword(token: string, password: string): Promise<void> {
  // A cheap look first, so a stream of made-up tokens costs no password hashing.
  const [live] = await db
    .select({ id: passwordResetTokens.id })
    .from(passwordResetTokens)
    .where(
      and(
        eq(passwordResetTokens.tokenHash, hashOpaqueToken(token)),
        isNull(passwordResetTokens.usedAt),
        gt(passwordResetTokens.expiresAt, new Date()),
      ),
    )
    .limit(1);
  if (!live) throw invalidLink("token");
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(passwordResetTokens)
      .set({ usedAt: new Date() })
      .where(
        and(
          eq(passwordResetTokens.tokenHash, hashOpaqueToken(token)),
          isNull(passwordResetTokens.usedAt),
          gt(passwordResetTokens.expiresAt, new Date()),
        ),
      )
      .returning({ userId: passwordResetTokens.userId });
    if (!row) throw invalidLink("token");
    const [user] = await tx
      .update(users)
      .set({
        passwordHash,
        sessionVersion: sql`${users.sessionVersion} + 1`,
        // Following the mailed link proves the address.
        emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())`,
      })
      .where(and(eq(users.id, row.userId), isNull(users.deletedAt)))
      .returning({ id: users.id });
    if (!user) throw invalidLink("token");
    await tx
      .update(passwordResetTokens)
      .set({ usedAt: new Date() })
      .where(and(eq(passwordResetTokens.userId, user.id), isNull(passwordResetTokens.usedAt)));
    await revokeAllRefreshTokens(tx, user.id);
    await revokeAllBrowserSessions(tx, user.id);
  });
}
