import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import {
  coordinate,
  id,
  latitudeCheck,
  longitudeCheck,
  pincodeCheck,
  publicId,
  timestamps,
} from "./_columns";
import { users } from "./users";

/** Saved delivery/collection addresses; orders copy them as jsonb snapshots. */
export const addresses = pgTable(
  "addresses",
  {
    id: id(),
    uuid: publicId(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** home, work, ... */
    label: text(),
    name: text().notNull(),
    phone: text().notNull(),
    line1: text().notNull(),
    line2: text(),
    city: text().notNull(),
    state: text().notNull(),
    pincode: text().notNull(),
    latitude: coordinate(),
    longitude: coordinate(),
    isDefault: boolean().notNull().default(false),
    ...timestamps(),
  },
  (t) => [
    index("addresses_user_id_idx").on(t.userId),
    uniqueIndex("addresses_one_default_per_user_uniq")
      .on(t.userId)
      .where(sql`${t.isDefault}`),
    check("addresses_pincode_check", pincodeCheck(t.pincode)),
    check("addresses_latitude_check", latitudeCheck(t.latitude)),
    check("addresses_longitude_check", longitudeCheck(t.longitude)),
  ],
);

export type AddressRow = typeof addresses.$inferSelect;
export type NewAddressRow = typeof addresses.$inferInsert;
