import { index, integer, pgTable, text, uuid, type AnyPgColumn } from "drizzle-orm/pg-core";
import { id, publicId, timestamps, timestamptz } from "./_columns";
import { users } from "./users";

/**
 * Opaque rotating refresh tokens, stored as a hash only. Rotation sets `revoked_at` and
 * `replaced_by_id`; presenting a revoked token again revokes its whole `family_id`.
 */
export const refreshTokens = pgTable(
  "refresh_tokens",
  {
    id: id(),
    uuid: publicId(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    tokenHash: text().notNull().unique("refresh_tokens_token_hash_uniq"),
    familyId: uuid().notNull(),
    expiresAt: timestamptz().notNull(),
    revokedAt: timestamptz(),
    replacedById: integer().references((): AnyPgColumn => refreshTokens.id, {
      onDelete: "set null",
    }),
    userAgent: text(),
    ip: text(),
    ...timestamps(),
  },
  (t) => [
    index("refresh_tokens_user_id_idx").on(t.userId),
    index("refresh_tokens_family_id_idx").on(t.familyId),
    index("refresh_tokens_expires_at_idx").on(t.expiresAt),
  ],
);

export type RefreshTokenRow = typeof refreshTokens.$inferSelect;
export type NewRefreshTokenRow = typeof refreshTokens.$inferInsert;
