import "server-only";
import { and, eq, inArray, isNotNull, isNull, lt, or, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { db } from "@/db/client";
import { authSessions, users } from "@/db/schema";
import type { Locale } from "@/db/schema/_enums";
import { isUuid } from "@/lib/validation/ids";
import { MAX_IDLE_SECONDS, SESSION_LIFETIME_SECONDS } from "./session-policy";

/**
 * Opens a server-side session for a sign-in and returns what the cookie carries: our user id, the
 * session version and the new session's id; plus the account's language, which the sign-in applies
 * to the browser. Null when the account is gone.
 */
export async function startBrowserSession(
  userUuid: string,
): Promise<{ uid: string; sv: number; sid: string; locale: Locale } | null> {
  if (!isUuid(userUuid)) return null;
  return db.transaction(async (tx) => {
    const [user] = await tx
      .select({ id: users.id, uid: users.uuid, sv: users.sessionVersion, locale: users.locale })
      .from(users)
      .where(and(eq(users.uuid, userUuid), isNull(users.deletedAt), isNull(users.suspendedAt)))
      .limit(1);
    if (!user) return null;
    const now = Date.now();
    const [session] = await tx
      .insert(authSessions)
      .values({
        userId: user.id,
        createdAt: new Date(now),
        lastSeenAt: new Date(now),
        expiresAt: new Date(now + SESSION_LIFETIME_SECONDS * 1000),
      })
      .returning({ id: authSessions.id });
    return { uid: user.uid, sv: user.sv, sid: session!.id, locale: user.locale };
  });
}

/** Records that a live session was used (the idle timeout counts from here). */
export async function touchBrowserSession(sessionId: string, now: Date): Promise<void> {
  await db
    .update(authSessions)
    .set({ lastSeenAt: now })
    .where(and(eq(authSessions.id, sessionId), isNull(authSessions.revokedAt)));
}

/**
 * Ends one session on the server (sign-out). Scoped by its owner too, so a session id alone,
 * without the user it belongs to, ends nothing. Returns whether a live session ended.
 */
export async function revokeBrowserSession(userUuid: string, sessionId: string): Promise<boolean> {
  if (!isUuid(userUuid) || !isUuid(sessionId)) return false;
  const ended = await db
    .update(authSessions)
    .set({ revokedAt: new Date() })
    .where(
      and(
        eq(authSessions.id, sessionId),
        isNull(authSessions.revokedAt),
        inArray(
          authSessions.userId,
          db.select({ id: users.id }).from(users).where(eq(users.uuid, userUuid)),
        ),
      ),
    )
    .returning({ id: authSessions.id });
  return ended.length > 0;
}

/** Ends every browser session of the user (sign-out everywhere, password reset). */
export async function revokeAllBrowserSessions(on: Queryable, userId: number): Promise<void> {
  await on
    .update(authSessions)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(authSessions.userId, userId), isNull(authSessions.revokedAt)));
}

/** Daily cleanup: deletes sessions that can never act again (revoked, expired or idle too long). */
export async function purgeDeadBrowserSessions(now: Date): Promise<number> {
  const idleSince = new Date(now.getTime() - MAX_IDLE_SECONDS * 1000);
  const gone = await db
    .delete(authSessions)
    .where(
      or(
        isNotNull(authSessions.revokedAt),
        lt(authSessions.expiresAt, now),
        lt(authSessions.lastSeenAt, idleSince),
      ),
    )
    .returning({ id: authSessions.id });
  return gone.length;
}
