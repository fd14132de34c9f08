import type { RecordShareDto } from "./schemas";

/** A share's state at `now`: revoked wins over expired; live otherwise. Pure. */
export function shareStatus(
  share: { revokedAt: Date | null; expiresAt: Date },
  now: Date = new Date(),
): RecordShareDto["status"] {
  if (share.revokedAt) return "revoked";
  return share.expiresAt.getTime() > now.getTime() ? "live" : "expired";
}
