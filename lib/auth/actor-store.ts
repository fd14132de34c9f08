import "server-only";
import { and, eq, exists, isNull, sql, type Placeholder } from "drizzle-orm";
import { db, preparedOnce, type Db } from "@/db/client";
import { authSessions, doctors, refreshTokens, users } from "@/db/schema";
import type { Actor } from "./actor";
import { isUuid } from "@/lib/validation/ids";
import { touchBrowserSession } from "./browser-sessions";
import { sessionVerdict } from "./session-policy";

const actorColumns = {
  userId: users.id,
  userUuid: users.uuid,
  role: users.role,
  sessionVersion: users.sessionVersion,
  doctorId: doctors.id,
};

// A suspended account acts no more: its sessions and tokens stop at the next request (suspending
// also bumps the session version and revokes them; this holds even for one that slipped through).
const liveUser = (userUuid: string | Placeholder) =>
  and(eq(users.uuid, userUuid), isNull(users.deletedAt), isNull(users.suspendedAt));

const toActor = (row: Actor): Actor => ({
  userId: row.userId,
  userUuid: row.userUuid,
  role: row.role,
  doctorId: row.doctorId,
});

/**
 * The session's user and session row, built once per connection: every signed-in page view runs
 * it, and building it per request cost more CPU than running it.
 */
const sessionActorStatement = (on: Db) =>
  on
    .select({
      ...actorColumns,
      expiresAt: authSessions.expiresAt,
      lastSeenAt: authSessions.lastSeenAt,
      revokedAt: authSessions.revokedAt,
    })
    .from(users)
    .innerJoin(
      authSessions,
      and(eq(authSessions.id, sql.placeholder("sid")), eq(authSessions.userId, users.id)),
    )
    .leftJoin(doctors, eq(doctors.userId, users.id))
    .where(liveUser(sql.placeholder("uid")))
    .limit(1)
    .prepare("session_actor");

/**
 * The actor behind a browser session cookie, if the account still exists, the cookie was issued
 * under its current session version (sign-out-everywhere, password change and deletion bump it)
 * and its server-side session is neither revoked, expired nor idle too long. One query; the
 * session's last_seen_at is written at most once a minute.
 */
export async function loadSessionActor(
  userUuid: string,
  sessionVersion: number,
  sessionId: string,
  now = new Date(),
): Promise<Actor | null> {
  if (!isUuid(userUuid) || !isUuid(sessionId)) return null;
  const [row] = await preparedOnce("auth:session-actor", sessionActorStatement).execute({
    uid: userUuid,
    sid: sessionId,
  });
  if (!row || row.sessionVersion !== sessionVersion) return null;
  const verdict = sessionVerdict(row, row.role, now);
  if (!verdict.live) return null;
  if (verdict.touch) await touchBrowserSession(sessionId, now);
  return toActor(row);
}

/**
 * The actor behind an API access token, if the account still exists, the token carries the
 * current session version and its refresh-token family is still alive (logout revokes it, so the
 * access token dies with it instead of living out its 15 minutes). One query.
 */
export async function loadTokenActor(
  userUuid: string,
  sessionVersion: number,
  familyId: string,
): Promise<Actor | null> {
  if (!isUuid(userUuid) || !isUuid(familyId)) return null;
  const liveFamily = db
    .select({ id: refreshTokens.id })
    .from(refreshTokens)
    .where(
      and(
        eq(refreshTokens.familyId, familyId),
        eq(refreshTokens.userId, users.id),
        isNull(refreshTokens.revokedAt),
      ),
    );
  const [row] = await db
    .select(actorColumns)
    .from(users)
    .leftJoin(doctors, eq(doctors.userId, users.id))
    .where(and(liveUser(userUuid), exists(liveFamily)))
    .limit(1);
  if (!row || row.sessionVersion !== sessionVersion) return null;
  return toActor(row);
}
