import "server-only";
import { createHmac, randomInt, timingSafeEqual } from "node:crypto";
import type { OtpPurpose } from "@/db/schema";
import { authSecret } from "../secret";

export const OTP_TTL_SECONDS = 5 * 60;
export const OTP_MAX_ATTEMPTS = 5;
export const OTP_RESEND_SECONDS = 30;

/** Six uniformly random digits (leading zeros kept). */
export function newOtpCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, "0");
}

/**
 * The stored form of a code: a million codes are brute-forced from a plain hash in a blink, so it
 * is keyed with the server secret; bound to number and purpose so a row proves nothing elsewhere.
 */
export function hashOtpCode(phone: string, purpose: OtpPurpose, code: string): string {
  return createHmac("sha256", authSecret())
    .update(`${purpose}:${phone}:${code}`)
    .digest("base64url");
}

/** Compares a typed code with the stored hash in constant time. */
export function otpCodeMatches(
  storedHash: string,
  phone: string,
  purpose: OtpPurpose,
  code: string,
): boolean {
  const given = Buffer.from(hashOtpCode(phone, purpose, code));
  const stored = Buffer.from(storedHash);
  return given.length === stored.length && timingSafeEqual(given, stored);
}
