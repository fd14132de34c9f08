import type { UserRole } from "@/db/schema/users";

// The reasons behind these numbers are in docs/decisions.md ("Browser sessions").

/** A browser session ends this long after sign-in, however active it is. */
export const SESSION_LIFETIME_SECONDS = 7 * 24 * 3600;

/** Doctors and admins see other people's records, often on shared clinic machines. */
const STAFF_IDLE_SECONDS = 30 * 60;
/** A patient's own phone: one sign-in a day is enough friction. */
const PATIENT_IDLE_SECONDS = 12 * 3600;

/** The longest idle timeout of any role: a session unseen for longer is dead whoever owns it. */
export const MAX_IDLE_SECONDS = Math.max(STAFF_IDLE_SECONDS, PATIENT_IDLE_SECONDS);

/** last_seen_at moves at most this often, so a busy session writes once a minute, not per request. */
export const SESSION_TOUCH_SECONDS = 60;

/** How long a session of this role may sit unused before it ends. */
export function idleTimeoutSeconds(role: UserRole): number {
  return role === "patient" ? PATIENT_IDLE_SECONDS : STAFF_IDLE_SECONDS;
}

interface SessionTimes {
  expiresAt: Date;
  lastSeenAt: Date;
  revokedAt: Date | null;
}

/** Whether a browser session may act at `now`, and whether its last_seen_at is due a write. */
export function sessionVerdict(
  session: SessionTimes,
  role: UserRole,
  now: Date,
): { live: boolean; touch: boolean } {
  const idleMs = now.getTime() - session.lastSeenAt.getTime();
  const live =
    session.revokedAt === null &&
    session.expiresAt.getTime() > now.getTime() &&
    idleMs < idleTimeoutSeconds(role) * 1000;
  return { live, touch: live && idleMs >= SESSION_TOUCH_SECONDS * 1000 };
}
