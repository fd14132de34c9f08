/**
 * ABHA (Ayushman Bharat Health Account) identifiers. Pure and isomorphic.
 * - ABHA number: 14 digits, stored as digits only, displayed XX-XXXX-XXXX-XXXX.
 * - ABHA address: `handle@abdm` (or `@sbx` in the ABDM sandbox), stored lower-case.
 */

/** "91-2345-6789-0123", "91 2345 6789 0123", "91234567890123" -> "91234567890123"; null if not 14 digits. */
export function normaliseAbhaNumber(input: string): string | null {
  const compact = input.trim().replace(/[\s-]/g, "");
  return /^\d{14}$/.test(compact) ? compact : null;
}

/** "91234567890123" -> "91-2345-6789-0123" (anything else is returned unchanged). */
export function formatAbhaNumber(digits: string): string {
  return /^\d{14}$/.test(digits)
    ? `${digits.slice(0, 2)}-${digits.slice(2, 6)}-${digits.slice(6, 10)}-${digits.slice(10)}`
    : digits;
}

/**
 * The handle: 4..32 letters, digits, "." and "_", starting and ending with a letter or digit, no
 * two separators in a row (ABDM's own rules are within these bounds; the default address is the
 * 14-digit number). The database check (`^[a-z0-9._]+@(abdm|sbx)$`) is the looser outer bound.
 */
const addressPattern = /^(?=[a-z0-9._]{4,32}@)[a-z0-9](?:[a-z0-9]|[._](?=[a-z0-9]))*@(?:abdm|sbx)$/;

/** "Ravi.Kumar@ABDM" -> "ravi.kumar@abdm"; null when it is not a valid ABHA address. */
export function normaliseAbhaAddress(input: string): string | null {
  const lower = input.trim().toLowerCase();
  return addressPattern.test(lower) ? lower : null;
}
