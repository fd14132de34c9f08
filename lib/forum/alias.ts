import "server-only";
import { createHmac } from "node:crypto";
import { authSecret } from "@/lib/auth/secret";

/**
 * The public name of an anonymous author in one thread: "Anonymous member 4821". It is derived
 * from a keyed hash of (user, thread), so the same person keeps one alias within a thread (a
 * conversation stays readable) but another in every other thread (aliases cannot be linked), and
 * without the server's secret nobody can work back from an alias to the account.
 */
export function anonymousAlias(userId: number, postUuid: string): string {
  const digest = createHmac("sha256", `${authSecret()}:forum-alias`)
    .update(`${userId}:${postUuid}`)
    .digest();
  return `Anonymous member ${1000 + (digest.readUInt32BE(0) % 9000)}`;
}

/**
 * The key a post view is counted under: a keyed hash of the signed-in user, else of the client
 * address (guests behind one untrusted address count as one viewer). Never the raw value.
 */
export function viewerKey(viewer: { userId: number } | { address: string }): string {
  const raw = "userId" in viewer ? `u:${viewer.userId}` : `a:${viewer.address}`;
  return createHmac("sha256", `${authSecret()}:forum-view`).update(raw).digest("base64url");
}
