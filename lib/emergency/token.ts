import "server-only";
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** A new tracking token: 256 random bits, base64url. Only its hash is stored. */
export const newTrackingToken = () => randomBytes(32).toString("base64url");

/** The stored form of a tracking token: SHA-256, hex. */
export const hashTrackingToken = (token: string) =>
  createHash("sha256").update(token).digest("hex");

/** True when `token` is the one whose hash is stored (compared in constant time). */
export function tokenMatches(token: string | null | undefined, storedHash: string | null): boolean {
  if (!token || !storedHash || token.length > 200) return false;
  const given = Buffer.from(hashTrackingToken(token), "hex");
  const stored = Buffer.from(storedHash, "hex");
  return given.length === stored.length && timingSafeEqual(given, stored);
}

const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** A request number people can read out on the phone: ER-YYYYMMDD-XXXXXX (India's date). */
export function newRequestNumber(now = new Date()): string {
  const day = new Intl.DateTimeFormat("en-CA", {
    timeZone: "Asia/Kolkata",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  })
    .format(now)
    .replaceAll("-", "");
  const bytes = randomBytes(6);
  const tail = [...bytes].map((b) => alphabet[b % alphabet.length]).join("");
  return `ER-${day}-${tail}`;
}
