import { sql, type SQL } from "drizzle-orm";
import { numeric, serial, timestamp, uuid, type AnyPgColumn } from "drizzle-orm/pg-core";

/**
 * Shared column builders. Each is a function so every table gets fresh builder instances.
 * Keys are camelCase without explicit names: the app and drizzle-kit run with `casing: "snake_case"`.
 */

/** Internal serial primary key; never leaves the server. */
export const id = () => serial().primaryKey();

/** Public id (the only id in URLs and API bodies). */
export const publicId = () => uuid().notNull().unique().defaultRandom();

/** A timestamptz column; instants are always stored with a zone. */
export const timestamptz = () => timestamp({ withTimezone: true });

export const createdAt = () => timestamptz().notNull().defaultNow();

/** `updated_at`, refreshed by Drizzle on every update issued through it. */
export const updatedAt = () =>
  timestamptz()
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date());

/** `created_at` + `updated_at`. */
export const timestamps = () => ({ createdAt: createdAt(), updatedAt: updatedAt() });

/** Money: numeric(10,2) INR, a decimal string in TypeScript ("499.00"). */
export const money = () => numeric({ precision: 10, scale: 2 });

/** A coordinate: numeric(9,6), a decimal string in TypeScript. */
export const coordinate = () => numeric({ precision: 9, scale: 6 });

/** Rating average 0.0..5.0: numeric(2,1). */
export const ratingAverage = () => numeric({ precision: 2, scale: 1 });

/** `col ~ '^[0-9]{6}$'` for an Indian pincode. */
export const pincodeCheck = (col: AnyPgColumn): SQL => sql`${col} ~ '^[0-9]{6}$'`;

/** Latitude/longitude range checks (null allowed). */
export const latitudeCheck = (col: AnyPgColumn): SQL => sql`${col} between -90 and 90`;
export const longitudeCheck = (col: AnyPgColumn): SQL => sql`${col} between -180 and 180`;

/** Empty text array default for `text[]` columns. */
export const emptyTextArray = sql`'{}'::text[]`;

/**
 * Postal address copied onto orders and lab bookings (jsonb) so later edits to saved addresses
 * never rewrite history.
 */
export interface AddressSnapshot {
  name: string;
  phone: string;
  line1: string;
  line2?: string | null;
  city: string;
  state: string;
  pincode: string;
  latitude?: string | null;
  longitude?: string | null;
}
