import "server-only";
import { headers } from "next/headers";
import { auth } from "@/auth";

/** What our session cookie carries (lib/auth/config.ts): user id, session version, session id. */
export interface SessionClaims {
  uid: string;
  sv: number;
  sid: string;
}

// Auth.js's auth() runs its whole session endpoint for every page that asks: it builds a request,
// derives the key, decrypts the cookie's JWE and encrypts a fresh one (whose Set-Cookie a server
// component cannot send anyway). A signed-in visitor sends the same cookie for a week, so the
// claims are kept per cookie for a minute. Nothing is trusted longer than that: loadSessionActor
// still checks the server-side session (revoked, expired, idle) and the session version on every
// request, and the session's lifetime ends before or with the cookie's.
const ttlMs = 60_000;
const maxEntries = 5_000;
const known = new Map<string, { claims: SessionClaims; until: number }>();

/** Every session-token cookie (Auth.js splits a large one into `.0`, `.1`, ...), as sent. */
const sessionCookie = /(?:^|;\s*)((?:__Secure-)?authjs\.session-token(?:\.\d+)?=[^;]*)/g;

/**
 * The claims of the session cookie this request carries, or null without one (anonymous pages
 * pay nothing) or when Auth.js refuses it (forged, expired, from another secret).
 */
export async function sessionClaims(now = Date.now()): Promise<SessionClaims | null> {
  const requestHeaders = await headers();
  const pairs = [...(requestHeaders.get("cookie") ?? "").matchAll(sessionCookie)].map((m) => m[1]!);
  if (pairs.length === 0) return null;
  // The protocol picks the cookie name Auth.js reads (__Secure- on https), so it is part of the key.
  const key = `${requestHeaders.get("x-forwarded-proto") ?? ""}|${pairs.sort().join("; ")}`;
  const hit = known.get(key);
  if (hit && hit.until > now) return hit.claims;
  if (hit) known.delete(key);

  const session = (await auth()) as { uid?: unknown; sv?: unknown; sid?: unknown } | null;
  // A cookie from before server-side sessions has no sid: it is signed out like a revoked one.
  if (
    typeof session?.uid !== "string" ||
    typeof session.sv !== "number" ||
    typeof session.sid !== "string" ||
    !session.sid
  )
    return null;
  const claims = { uid: session.uid, sv: session.sv, sid: session.sid };
  // Oldest first out: a Map iterates in insertion order.
  if (known.size >= maxEntries) known.delete(known.keys().next().value!);
  known.set(key, { claims, until: now + ttlMs });
  return claims;
}
