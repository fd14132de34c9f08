import { z } from "zod";
import { genderValues } from "./enums";
import { hiddenCharactersMessage, isSafeName, isSafeText } from "./hidden-characters";

/** Zod field builders shared by every domain's schemas. Isomorphic (no server imports). */

export const noNulMessage = "must not contain NUL characters";
/** PostgreSQL text cannot hold NUL; every free-text field refuses it with `noNulMessage`. */
export const hasNoNul = (s: string) => !s.includes("\u0000");

// NUL is a control too: one message per field, the more specific one.
const noNul = { message: noNulMessage, abort: true };

/** Trimmed text of `min..max` characters without NUL, controls or bidi formatting. */
export const text = (min: number, max: number) =>
  z
    .string()
    .refine(hasNoNul, noNul)
    .refine(isSafeText, hiddenCharactersMessage)
    .trim()
    .min(min, min === 1 ? "must not be empty" : `must be at least ${min} characters`)
    .max(max, `must be at most ${max} characters`);

/**
 * A person's name as others will see it (doctors' lists, calendar files, public reviews): trimmed,
 * `1..max` characters, no invisible, control or direction character (Indic joiners inside a word
 * are fine). Every human-name field uses this one.
 */
export const personName = (max: number, emptyMessage = "must not be empty") =>
  z
    .string()
    .refine(hasNoNul, noNul)
    .refine(isSafeName, hiddenCharactersMessage)
    .trim()
    .min(1, emptyMessage)
    .max(max, `must be at most ${max} characters`);

/** Optional text that may be cleared: null, or "" (what an empty form field sends), becomes null. */
export const clearableText = (max: number) =>
  z
    .string()
    .refine(hasNoNul, noNul)
    .refine(isSafeText, hiddenCharactersMessage)
    .trim()
    .max(max, `must be at most ${max} characters`)
    .nullable()
    .transform((v) => (v === null || v === "" ? null : v));

const phoneMessage =
  "must be a 10-digit Indian mobile number (starting with 6-9), with or without +91";

/** "98765 43210", "+91-98765-43210", "098765 43210" -> the normalised "+919876543210", or null. */
export function normaliseIndianMobile(input: string): string | null {
  const compact = input.replace(/[\s\-().]/g, "");
  const match = /^(?:\+?91|0)?([6-9]\d{9})$/.exec(compact);
  return match ? `+91${match[1]}` : null;
}

/** An optional Indian mobile number, stored as +91XXXXXXXXXX ("" or null clears it). */
export const clearableIndianMobile = z
  .string()
  .refine(hasNoNul, noNulMessage)
  .max(20, phoneMessage)
  .nullable()
  .transform((value, ctx) => {
    if (value === null || value.trim() === "") return null;
    const phone = normaliseIndianMobile(value);
    if (!phone) {
      ctx.addIssue({ code: "custom", message: phoneMessage });
      return z.NEVER;
    }
    return phone;
  })
  .describe("Indian mobile; returned as +91XXXXXXXXXX; null or empty clears it");

/** Today's date in India, "YYYY-MM-DD". */
export function todayInIndia(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: "Asia/Kolkata",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}

/** Whole years between a "YYYY-MM-DD" birth date and a "YYYY-MM-DD" day. */
export function ageOn(dateOfBirth: string, day: string): number {
  const [by, bm, bd] = dateOfBirth.split("-").map(Number) as [number, number, number];
  const [ty, tm, td] = day.split("-").map(Number) as [number, number, number];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

export const maxAgeYears = 120;

const isoDate = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;

/** Why a "YYYY-MM-DD" birth date is unacceptable, or null when it is fine. */
function dateOfBirthProblem(value: string, today: string = todayInIndia()): string | null {
  if (!isoDate.test(value)) return "must be a date as YYYY-MM-DD";
  const [y, m, d] = value.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return "must be a real calendar date";
  if (value > today) return "must not be in the future";
  if (ageOn(value, today) > maxAgeYears) return `must be within the last ${maxAgeYears} years`;
  return null;
}

/** Optional and clearable date of birth ("YYYY-MM-DD"; not in the future; at most 120 years ago). */
export const clearableDateOfBirth = z
  .string()
  .max(10, "must be a date as YYYY-MM-DD")
  .nullable()
  .transform((value, ctx) => {
    if (value === null || value.trim() === "") return null;
    const problem = dateOfBirthProblem(value.trim());
    if (problem) {
      ctx.addIssue({ code: "custom", message: problem });
      return z.NEVER;
    }
    return value.trim();
  })
  .describe("YYYY-MM-DD, not in the future, at most 120 years ago; null or empty clears it");

/** Optional and clearable gender ("" clears it, as an empty select sends). */
export const clearableGender = z
  .enum([...genderValues, ""])
  .nullable()
  .transform((v) => (v === "" || v === null ? null : v));
