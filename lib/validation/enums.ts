import type { Gender, Locale } from "@/db/schema/_enums";
import type { UserRole } from "@/db/schema/users";

/**
 * Enum values restated for isomorphic code (schemas, client components), so client bundles never
 * pull in the Drizzle schema. Every copy of a database enum is guarded beside it:
 * `sameAs<Same<(typeof copy)[number], DbType>>(true)` stops compiling as soon as either side gains
 * or loses a value.
 */

/** True when A and B are the same set of values (a union compared both ways). */
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** Compile-time assertion: `sameAs<Same<X, Y>>(true)` fails to type-check unless X and Y match. */
export const sameAs = <T extends true>(value: T): T => value;

export const genderValues = ["male", "female", "other"] as const;
sameAs<Same<(typeof genderValues)[number], Gender>>(true);

export const localeValues = ["en", "hi", "as", "bn"] as const;
sameAs<Same<(typeof localeValues)[number], Locale>>(true);

export const roleValues = ["patient", "doctor", "admin"] as const;
sameAs<Same<(typeof roleValues)[number], UserRole>>(true);
