import { sql } from "drizzle-orm";
import { check, index, integer, jsonb, pgTable, smallint, text, unique } from "drizzle-orm/pg-core";
import { id, publicId, timestamps } from "./_columns";
import { users } from "./users";

/**
 * `Idempotency-Key` records (24 h). Insert first (the unique key serialises racers), run the
 * operation, then store the response; `response_status` null = still in progress.
 */
export const idempotencyKeys = pgTable(
  "idempotency_keys",
  {
    id: id(),
    uuid: publicId(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    key: text().notNull(),
    method: text().notNull(),
    path: text().notNull(),
    /** Hash of the request body, to reject the same key with a different body. */
    requestHash: text().notNull(),
    responseStatus: smallint(),
    responseBody: jsonb(),
    ...timestamps(),
  },
  (t) => [
    unique("idempotency_keys_user_key_uniq").on(t.userId, t.key),
    index("idempotency_keys_created_at_idx").on(t.createdAt),
    check("idempotency_keys_key_length_check", sql`char_length(${t.key}) between 1 and 255`),
  ],
);

export type IdempotencyKeyRow = typeof idempotencyKeys.$inferSelect;
export type NewIdempotencyKeyRow = typeof idempotencyKeys.$inferInsert;
