import "server-only";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { emailVerificationTokens, users } from "@/db/schema";
import { sendTemplate } from "@/lib/email/send";
import { enforceRateLimit } from "@/lib/rate-limit";
import { defer } from "@/lib/tasks/defer";
import { foundOr } from "@/lib/access/owner";
import type { Actor } from "../actor";
import { mailLocale, type AuthUserRow } from "../mappers";
import { hashOpaqueToken, newOpaqueToken } from "../opaque-token";
import { findAuthUser } from "../queries";
import type { RequestContext } from "../request-context";
import { invalidLink } from "./common";

const VERIFY_EMAIL_HOURS = 48;

/** Marks the address verified with the token from the verification mail. */
export async function verifyEmail(token: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(emailVerificationTokens)
      .set({ usedAt: new Date() })
      .where(
        and(
          eq(emailVerificationTokens.tokenHash, hashOpaqueToken(token)),
          isNull(emailVerificationTokens.usedAt),
          gt(emailVerificationTokens.expiresAt, new Date()),
        ),
      )
      .returning({ userId: emailVerificationTokens.userId });
    if (!row) throw invalidLink("token");
    await tx
      .update(users)
      .set({ emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())` })
      .where(and(eq(users.id, row.userId), isNull(users.deletedAt)));
  });
}

/** Sends (again) the verification mail to a signed-in user whose address is unverified. */
export async function resendVerificationEmail(actor: Actor, ctx: RequestContext): Promise<void> {
  await enforceRateLimit("forgot_email", `verify:${actor.userId}`);
  const user = foundOr(await findAuthUser(eq(users.id, actor.userId)), "user");
  if (user.emailVerifiedAt) return;
  await sendVerificationEmail(user, ctx);
}

/** Mails a fresh single-use verification link (48 hours) after the response. */
export async function sendVerificationEmail(user: AuthUserRow, ctx: RequestContext): Promise<void> {
  const { token, hash } = newOpaqueToken();
  await db.insert(emailVerificationTokens).values({
    userId: user.id,
    tokenHash: hash,
    expiresAt: new Date(Date.now() + VERIFY_EMAIL_HOURS * 3_600_000),
  });
  const url = `${ctx.origin}/verify-email?token=${token}`;
  defer(() =>
    sendTemplate(user.email, "verify_email", mailLocale(user.locale), { name: user.fullName, url }),
  );
}
