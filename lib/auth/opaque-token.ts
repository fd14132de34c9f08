import "server-only";
import { createHash, randomBytes } from "node:crypto";

/** A random token for a link or a refresh token: 256 bits, URL-safe. Only its hash is stored. */
export function newOpaqueToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashOpaqueToken(token) };
}

/** SHA-256 is enough here: the tokens are random, not guessable passwords. */
export function hashOpaqueToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
